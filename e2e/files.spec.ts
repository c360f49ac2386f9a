// Files on the marketplace (DESIGN §12): a delivery with files the client downloads, a payment proof with its
// receipt, and a gig's images with the cover on the gig cards.
import { deflateSync } from "node:zlib";
import type { APIRequestContext, Browser, Locator, Page } from "@playwright/test";
import { signUp } from "./support/auth-pages.ts";
import { uniqueWord } from "./support/gigs.ts";
import { apiPath, createGig, currentUserId, expectCurrentStep, performAction, placeOrder } from "./support/orders.ts";
import { uniqueUser, type NewUser } from "./support/users.ts";
import { expect, test } from "./support/test.ts";

interface Party {
  user: NewUser;
  page: Page;
  id: string;
}

async function newParty(browser: Browser): Promise<Party> {
  const page = await (await browser.newContext()).newPage();
  const user = uniqueUser();
  await signUp(page, user);
  return { user, page, id: await currentUserId(page.request) };
}

// A 1 × 1 PNG, the smallest image the API decodes and re-encodes.
const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A solid-colour RGB PNG, so each of a gig's images is a different picture. */
function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A small, valid PDF (the API reads its type from the `%PDF-` signature). */
function tinyPdf(text: string): Buffer {
  return Buffer.from(
    [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >> endobj",
      `% ${text}`,
      "trailer << /Root 1 0 R >>",
      "%%EOF",
      "",
    ].join("\n"),
  );
}

function uniqueTransactionId(): string {
  return `TX-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`.toUpperCase();
}

async function patchOrder(request: APIRequestContext, orderId: string, action: string, data?: object) {
  const response = await request.patch(apiPath(`/orders/${orderId}/${action}`), { data: data ?? {} });
  expect(response.status(), await response.text()).toBe(200);
}

/** Each file row of an uploader reads "… · Uploaded" once the API stored it. */
async function expectUploaded(scope: Locator, count: number): Promise<void> {
  await expect(scope.getByText(/· Uploaded$/)).toHaveCount(count);
}

async function paidOrder(freelancer: Party, client: Party, word: string) {
  const price = "90.00";
  const gigId = await createGig(freelancer.page.request, {
    title: `I will design your brand kit ${word}`,
    description: "A logo, a palette and a one-page brand guide, delivered as PDF and PNG files.",
    price,
    delivery_days: 4,
  });
  const orderId = await placeOrder(client.page.request, gigId);
  return { orderId, price, orderUrl: `/orders/${orderId}` };
}

test("a freelancer delivers a PDF and an image; the client downloads both and approves", async ({ browser }) => {
  test.setTimeout(120_000);
  const freelancer = await newParty(browser);
  const client = await newParty(browser);
  const { orderId, price, orderUrl } = await paidOrder(freelancer, client, uniqueWord());
  await patchOrder(client.page.request, orderId, "submit-payment", {
    proof_reference: uniqueTransactionId(),
    payer_name: client.user.fullName,
    amount: price,
    file_ids: [],
  });
  await patchOrder(freelancer.page.request, orderId, "confirm-payment");
  await patchOrder(freelancer.page.request, orderId, "start-work");
  const pdf = tinyPdf("brand guide");

  await test.step("the freelancer attaches two files to the delivery and delivers", async () => {
    const page = freelancer.page;
    await page.goto(orderUrl);
    await page.getByRole("button", { name: "Deliver work", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Deliver your work?" });
    await dialog.getByLabel("Note to the client (optional)").fill("The brand guide and the logo.");
    const files = dialog.getByRole("group", { name: "Files for the client (optional)" });
    await files.locator('input[type="file"]').setInputFiles([
      { name: "brand-guide.pdf", mimeType: "application/pdf", buffer: pdf },
      { name: "logo.png", mimeType: "image/png", buffer: TINY_PNG },
    ]);
    await expectUploaded(files, 2);
    // The picked image previews from the local file before anything is sent.
    await expect(files.locator('img[src^="blob:"]')).toHaveCount(1);
    await dialog.getByRole("button", { name: "Deliver work", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expectCurrentStep(page, "Delivered", "Waiting for the client");
    await expect(
      page.getByRole("region", { name: "Timeline" }).getByRole("list", { name: "Files delivered" }),
    ).toContainText("brand-guide.pdf");
  });

  await test.step("the client downloads the PDF and opens the image", async () => {
    const page = client.page;
    await page.goto(orderUrl);
    const delivery = page.getByRole("region", { name: "Delivery" });
    await expect(delivery).toContainText("The brand guide and the logo.");

    const pdfLink = delivery.getByRole("link", { name: /^Download brand-guide\.pdf \(PDF, / });
    const downloading = page.waitForEvent("download");
    await pdfLink.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("brand-guide.pdf");
    const { readFile } = await import("node:fs/promises");
    expect((await readFile(await download.path())).equals(pdf)).toBe(true);

    const pdfResponse = await page.request.get((await pdfLink.getAttribute("href")) ?? "");
    expect(pdfResponse.status()).toBe(200);
    expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
    expect(pdfResponse.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(pdfResponse.headers()["x-content-type-options"]).toBe("nosniff");

    const imageLink = delivery.getByRole("link", { name: /^Open logo\.png \(Image, / });
    await expect(imageLink).toHaveAttribute("target", "_blank");
    const thumbnail = imageLink.locator("img");
    await expect(thumbnail).toHaveAttribute("src", /^\/files\/[0-9a-f-]{36}\/thumbnail$/);
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const imageResponse = await page.request.get((await imageLink.getAttribute("href")) ?? "");
    expect(imageResponse.status()).toBe(200);
    expect(imageResponse.headers()["content-type"]).toBe("image/png");
    expect((await imageResponse.body()).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);

    await performAction(page, {
      button: "Approve work",
      dialog: "Approve the work and complete the order?",
      confirm: "Approve and complete",
    });
    await expectCurrentStep(page, "Completed");
  });

  await test.step("someone outside the order cannot read the files", async () => {
    const outsider = await (await browser.newContext()).newPage();
    const detail = (await (await client.page.request.get(apiPath(orderUrl))).json()) as {
      events: { files: { url: string }[] }[];
    };
    const [file] = detail.events.flatMap((event) => event.files);
    expect(file).toBeDefined();
    expect((await outsider.request.get(file?.url ?? "")).status()).toBe(404);
  });
});

test("a client attaches a receipt to the payment proof; the freelancer sees it before confirming", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const freelancer = await newParty(browser);
  const client = await newParty(browser);
  const { orderUrl } = await paidOrder(freelancer, client, uniqueWord());
  const transactionId = uniqueTransactionId();

  await test.step("the client fills in the proof and attaches a screenshot of the transfer", async () => {
    const page = client.page;
    await page.goto(orderUrl);
    await page.getByLabel("Transaction ID").fill(transactionId);
    const receipt = page.getByRole("group", { name: "Receipt (optional)" });
    await receipt.locator('input[type="file"]').setInputFiles({
      name: "transfer-receipt.png",
      mimeType: "image/png",
      buffer: solidPng(24, 16, [30, 120, 200]),
    });
    await expectUploaded(receipt, 1);
    await page.getByRole("button", { name: "Submit payment proof" }).click();
    await expectCurrentStep(page, "Payment submitted", "Waiting for the freelancer");
  });

  await test.step("the freelancer sees the receipt in the proofs list, then confirms", async () => {
    const page = freelancer.page;
    await page.goto(orderUrl);
    const proofs = page.getByRole("region", { name: "Payment proofs" });
    // The API keeps the transaction ID normalised (lower case, without dashes): the list is named by it.
    const receipt = proofs.getByRole("list", { name: /^Receipt for / });
    const link = receipt.getByRole("link", { name: /^Open transfer-receipt\.png \(Image, / });
    const image = link.locator("img");
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await performAction(page, {
      button: "Confirm payment received",
      dialog: "Confirm you received the payment?",
      confirm: "Yes, I received it",
    });
    await expectCurrentStep(page, "Payment confirmed");
  });
});

test("a freelancer adds three images to a gig and its cover shows on the gig cards", async ({ browser }) => {
  test.setTimeout(120_000);
  const freelancer = await newParty(browser);
  const word = uniqueWord();
  const title = `I will illustrate your story book ${word}`;
  const gigId = await createGig(freelancer.page.request, {
    title,
    description: `Hand-drawn ${word} illustrations for children's books, with sketches first.`,
    price: "150.00",
    delivery_days: 7,
  });
  const page = freelancer.page;

  await test.step("the freelancer uploads three images and makes the second the cover", async () => {
    await page.goto(`/gigs/${gigId}/edit`);
    const images = page.getByRole("group", { name: "Images (optional)" });
    await images.locator('input[type="file"]').setInputFiles([
      { name: "sketch.png", mimeType: "image/png", buffer: solidPng(32, 20, [200, 40, 40]) },
      { name: "cover.png", mimeType: "image/png", buffer: solidPng(32, 20, [40, 160, 60]) },
      { name: "detail.png", mimeType: "image/png", buffer: solidPng(32, 20, [40, 60, 200]) },
    ]);
    await expectUploaded(images, 3);
    const order = images.getByRole("list", { name: "Gig images, in order" }).getByRole("listitem");
    await expect(order.first()).toContainText("Cover");
    await expect(order.first()).toContainText("sketch.png");
    await images.getByRole("button", { name: "Move cover.png left" }).click();
    await expect(order.first()).toContainText("cover.png");
    await expect(images.getByRole("button", { name: "Move cover.png left" })).toBeDisabled();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(`/gigs/${gigId}`);
  });

  const gig = (await (await page.request.get(apiPath(`/gigs/${gigId}`))).json()) as {
    images: { name: string; thumbnail_url: string }[];
  };
  expect(gig.images.map((image) => image.name)).toEqual(["cover.png", "sketch.png", "detail.png"]);
  const cover = gig.images[0]?.thumbnail_url ?? "";

  await test.step("the gig page shows a gallery, the cover first", async () => {
    const gallery = page.getByRole("region", { name: "Gig images" });
    await expect(gallery.getByRole("img", { name: `${title} – image 1 of 3` })).toHaveAttribute("src", cover);
    await gallery.getByRole("button", { name: "Show image 3 of 3" }).click();
    await expect(gallery.getByRole("button", { name: "Show image 3 of 3" })).toHaveAttribute("aria-pressed", "true");
    await expect(gallery.getByRole("img", { name: `${title} – image 3 of 3` })).toHaveAttribute(
      "src",
      gig.images[2]?.thumbnail_url ?? "",
    );
  });

  await test.step("on /gigs, the gig's card shows the cover's thumbnail, the first card's at once", async () => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/gigs?q=${word}`);
    const card = visitor.getByRole("region", { name: "Results" }).getByRole("article", { name: title });
    // The cover leads the card (the freelancer here has no avatar picture).
    const image = card.locator("img").first();
    await expect(image).toHaveAttribute("src", cover);
    // The only result, so the first card: its cover is the page's largest paint, fetched eagerly and first
    // and decoded with the frame it appears in (later cards' covers load lazily and decode off the main path).
    await expect(image).toHaveAttribute("loading", "eager");
    await expect(image).toHaveAttribute("fetchpriority", "high");
    await expect(image).toHaveAttribute("decoding", "sync");
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  });
});

test("chat carries files: a message of a file alone arrives live, and a too-big file is refused before uploading", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const ada = await newParty(browser);
  const ben = await newParty(browser);
  await ada.page.goto(`/messages/${ben.id}`);
  await ben.page.goto(`/messages/${ada.id}`);
  const adaLog = ada.page.getByRole("log", { name: `Messages with ${ben.user.fullName}` });
  const benLog = ben.page.getByRole("log", { name: `Messages with ${ada.user.fullName}` });
  const attach = ada.page.locator('form input[type="file"]');

  await test.step("a file over 10 MB is refused at once, with its size", async () => {
    await attach.setInputFiles({
      name: "huge.zip",
      mimeType: "application/zip",
      buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
    });
    await expect(ada.page.getByRole("alert").filter({ hasText: "over the 10 MB limit" })).toBeVisible();
    await ada.page.getByRole("button", { name: "Remove huge.zip" }).click();
  });

  await test.step("Ada sends a PDF without any text; Ben sees it arrive", async () => {
    await attach.setInputFiles({ name: "quote.pdf", mimeType: "application/pdf", buffer: tinyPdf("quote") });
    await expect(ada.page.getByText(/· Uploaded$/)).toHaveCount(1);
    await ada.page.getByRole("button", { name: "Send" }).click();
    await expect(adaLog.getByRole("list", { name: "Files you sent" })).toContainText("quote.pdf");
    const received = benLog.getByRole("list", { name: `Files from ${ada.user.fullName}` });
    await expect(received.getByRole("link", { name: /^Download quote\.pdf \(PDF, / })).toBeVisible();
  });
});

test("a profile picture is uploaded, saved and shown, then removed", async ({ browser }) => {
  const person = await newParty(browser);
  const page = person.page;
  await page.goto("/settings/profile");
  const picture = page.getByRole("group", { name: "Profile picture" });
  await picture.locator('input[type="file"]').setInputFiles({
    name: "me.png",
    mimeType: "image/png",
    buffer: solidPng(40, 40, [250, 180, 20]),
  });
  await expect(picture.getByRole("img", { name: "Your new profile picture" })).toHaveAttribute("src", /^blob:/);
  await picture.getByRole("button", { name: "Save picture" }).click();
  await expect(picture.getByRole("status")).toHaveText("Profile picture saved");
  const me = (await (await page.request.get(apiPath("/users/me"))).json()) as { avatar_url: string };
  expect(me.avatar_url).toMatch(/^\/files\/[0-9a-f-]{36}\/thumbnail$/);
  await page.goto(`/users/${person.id}`);
  const avatar = page.locator(`img[src="${me.avatar_url}"]`).first();
  await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await page.goto("/settings/profile");
  await picture.getByRole("button", { name: "Remove picture" }).click();
  await expect(picture.getByRole("status")).toHaveText("Profile picture removed");
  expect(((await (await page.request.get(apiPath("/users/me"))).json()) as { avatar_url: null }).avatar_url).toBeNull();
});
