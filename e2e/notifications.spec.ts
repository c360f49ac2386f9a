// The bell and the Messages badge: the bell holds order and moderation updates, the Messages badge counts unread
// messages, and opening the thing a notification is about clears it for good. Toasts report what the page on screen
// does not show already, from a corner where they cover neither the header nor the order's progress.
// Scenes (gigs, orders, payments, messages) are set up through the API with each person's own cookie.
import type { Browser, Locator, Page, WebSocket } from "@playwright/test";
import { signUpAdmin } from "./support/admin.ts";
import { signUp } from "./support/auth-pages.ts";
import { apiPath, createGig, currentUserId, expectCurrentStep } from "./support/orders.ts";
import { uniqueUser, type NewUser } from "./support/users.ts";
import { expect, test } from "./support/test.ts";

interface Person {
  user: NewUser;
  page: Page;
  id: string;
}

async function newPerson(browser: Browser): Promise<Person> {
  const page = await (await browser.newContext()).newPage();
  const user = uniqueUser();
  await signUp(page, user);
  return { user, page, id: await currentUserId(page.request) };
}

interface PlacedOrder {
  id: string;
  reference: string;
}

async function gigOf(freelancer: Person): Promise<string> {
  return createGig(freelancer.page.request, {
    title: `I will build your landing page ${Math.random().toString(36).slice(2, 8)}`,
    description: "A responsive landing page in Next.js with a contact form and analytics.",
    price: "120.00",
    delivery_days: 5,
  });
}

async function order(client: Person, gigId: string): Promise<PlacedOrder> {
  const response = await client.page.request.post(apiPath("/orders"), { data: { gig_id: gigId } });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { id: string; reference_code: string };
  return { id: body.id, reference: body.reference_code };
}

async function pay(client: Person, placed: PlacedOrder): Promise<void> {
  const response = await client.page.request.patch(apiPath(`/orders/${placed.id}/submit-payment`), {
    data: { proof_reference: `TX-${placed.reference}`, payer_name: client.user.fullName, amount: "120.00" },
  });
  expect(response.status(), await response.text()).toBe(200);
}

async function act(person: Person, placed: PlacedOrder, action: string): Promise<void> {
  const response = await person.page.request.patch(apiPath(`/orders/${placed.id}/${action}`));
  expect(response.status(), await response.text()).toBe(200);
}

async function sendMessage(from: Person, to: Person, content: string): Promise<void> {
  const response = await from.page.request.post(apiPath("/messages"), { data: { receiver_id: to.id, content } });
  expect(response.status(), await response.text()).toBe(201);
}

/**
 * Opens `path` and waits until its socket is ready: live updates start then. Only sockets of the new document count
 * (the previous page may still be opening one when this is called), so listening starts once navigation commits.
 */
async function openLive(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: "commit" });
  const ready = new Promise<void>((resolve) => {
    const onSocket = (socket: WebSocket) => {
      socket.on("framereceived", (frame) => {
        if (!String(frame.payload).includes('"type":"ready"')) return;
        page.off("websocket", onSocket);
        resolve();
      });
    };
    page.on("websocket", onSocket);
  });
  // The socket can be ready before the page's own data has hydrated; an update must find the page complete.
  await Promise.all([ready, page.waitForLoadState("load")]);
}

function bell(page: Page): Locator {
  return page.getByRole("button", { name: /^Notifications/ });
}

async function expectBellUnread(page: Page, count: number): Promise<void> {
  await expect(bell(page)).toHaveAccessibleName(count === 0 ? "Notifications" : `Notifications, ${count} unread`);
}

function messagesLink(page: Page, unread: number): Locator {
  return unread === 0
    ? page.getByRole("link", { name: "Messages", exact: true })
    : page.getByRole("link", { name: new RegExp(`^Messages\\W+${unread} unread$`) });
}

function toasts(page: Page): Locator {
  return page.getByRole("region", { name: "Alerts" }).getByRole("listitem");
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, "the element is on screen").not.toBeNull();
  return found as NonNullable<typeof found>;
}

async function expectApart(a: Locator, b: Locator): Promise<void> {
  const [one, other] = [await box(a), await box(b)];
  const overlaps =
    one.x < other.x + other.width &&
    other.x < one.x + one.width &&
    one.y < other.y + other.height &&
    other.y < one.y + one.height;
  expect(overlaps, `${JSON.stringify(one)} should not overlap ${JSON.stringify(other)}`).toBe(false);
}

/** Records, in the page, whether any badge of the header ever said "unread" from now on. */
async function watchHeaderForUnread(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const header = document.querySelector("header");
    const flag = window as unknown as { sawUnread: boolean };
    flag.sawUnread = false;
    const check = () => {
      const labels = [...(header?.querySelectorAll("[aria-label]") ?? [])].map((e) => e.getAttribute("aria-label"));
      if (/unread/.test(`${header?.textContent ?? ""} ${labels.join(" ")}`)) flag.sawUnread = true;
    };
    new MutationObserver(check).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { sawUnread: boolean }).sawUnread);
}

test("the bell clears what was opened, and it stays read after a reload", async ({ browser }) => {
  test.setTimeout(120_000);
  const freelancer = await newPerson(browser);
  const client = await newPerson(browser);
  const admin = await signUpAdmin(browser);
  const gigId = await gigOf(freelancer);
  const first = await order(client, gigId);
  const second = await order(client, gigId);
  await pay(client, first);
  const suspended = await admin.page.request.patch(apiPath(`/admin/gigs/${gigId}/deactivate`), {
    data: { reason: "Checking the portfolio links" },
  });
  expect(suspended.status(), await suspended.text()).toBe(200);

  await test.step("the freelancer's bell counts two new orders, a payment and the suspension", async () => {
    await freelancer.page.goto("/dashboard");
    await expectBellUnread(freelancer.page, 4);
  });

  await test.step("following the suspension notice marks just that one read, for good", async () => {
    await bell(freelancer.page).click();
    const panel = freelancer.page.getByRole("region", { name: "Notifications" });
    await panel.getByRole("link", { name: /suspended by moderation/ }).click();
    await expect(freelancer.page).toHaveURL(/\/dashboard\/gigs$/);
    await expectBellUnread(freelancer.page, 3);
    await freelancer.page.reload();
    await expectBellUnread(freelancer.page, 3);
  });

  const otherTab = await freelancer.page.context().newPage();
  await otherTab.goto("/dashboard");
  await expectBellUnread(otherTab, 3);

  await test.step("opening an order's page clears that order's notifications, and only those", async () => {
    // The freelancer looks at this tab again: a page in a background tab marks nothing read.
    await freelancer.page.bringToFront();
    // bringToFront resolves before the page hears it is visible again; an order page loaded while its
    // tab still counts as hidden would (rightly) mark nothing until it does.
    await expect.poll(() => freelancer.page.evaluate(() => document.visibilityState)).toBe("visible");
    await freelancer.page.goto(`/orders/${first.id}`);
    await expect.poll(() => freelancer.page.evaluate(() => document.visibilityState)).toBe("visible");
    await expectBellUnread(freelancer.page, 1);
    await expectBellUnread(otherTab, 1); // the freelancer's other tab follows without a reload
    await freelancer.page.reload();
    await expectBellUnread(freelancer.page, 1);
    await bell(freelancer.page).click();
    const unread = freelancer.page
      .getByRole("region", { name: "Notifications" })
      .getByRole("link", { name: /^Unread:/ });
    await expect(unread).toHaveCount(1);
    await expect(unread).toContainText(second.reference);
  });
});

test("messages count in the Messages badge only; one arriving in the open thread raises neither badge", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const ada = await newPerson(browser);
  const ben = await newPerson(browser);

  await test.step("Ada writes while Ben is elsewhere: Messages counts it, the bell does not", async () => {
    await openLive(ben.page, "/dashboard");
    await sendMessage(ada, ben, "Hi Ben, are you free next week?");
    await expect(messagesLink(ben.page, 1)).toBeVisible();
    await expectBellUnread(ben.page, 0);
    await ben.page.reload();
    await expect(messagesLink(ben.page, 1)).toBeVisible();
    await expectBellUnread(ben.page, 0);
    await bell(ben.page).click();
    await expect(ben.page.getByRole("region", { name: "Notifications" }).getByRole("listitem")).toHaveCount(0);
  });

  await test.step("opening the conversation clears the Messages badge", async () => {
    await openLive(ben.page, `/messages/${ada.id}`);
    await expect(ben.page.getByRole("log", { name: `Messages with ${ada.user.fullName}` })).toContainText(
      "are you free next week",
    );
    await expect(messagesLink(ben.page, 0)).toBeVisible();
    await expectBellUnread(ben.page, 0);
  });

  await test.step("a message arriving in the open thread is read at once: no badge ever shows it", async () => {
    const sawUnread = await watchHeaderForUnread(ben.page);
    // Reading is recorded, then the badges refetch: by then any count the message raised would have shown.
    const recounted = ben.page.waitForResponse(
      (r) => r.url().includes("/messages/unread-count") && r.request().method() === "GET",
    );
    const read = ben.page.waitForResponse(
      (r) => r.url().includes(`/messages/${ada.id}/read`) && r.request().method() === "POST",
    );
    await sendMessage(ada, ben, "Also: could you add a blog?");
    const log = ben.page.getByRole("log", { name: `Messages with ${ada.user.fullName}` });
    await expect(log).toContainText("could you add a blog");
    expect((await read).status()).toBe(204);
    await recounted;
    await expect(messagesLink(ben.page, 0)).toBeVisible();
    await expectBellUnread(ben.page, 0);
    expect(await sawUnread()).toBe(false);
    await expect(toasts(ben.page).filter({ hasText: "New message" })).toHaveCount(0);
    await ben.page.reload();
    await expect(log).toContainText("could you add a blog");
    await expect(messagesLink(ben.page, 0)).toBeVisible();
    await expectBellUnread(ben.page, 0);
  });
});

test("no toast for the order on screen; another order's toast covers neither the stepper nor the header", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const freelancer = await newPerson(browser);
  const client = await newPerson(browser);
  const gigId = await gigOf(freelancer);
  const watched = await order(client, gigId);
  const other = await order(client, gigId);
  await pay(client, watched);
  await pay(client, other);
  const stepper = client.page.getByRole("region", { name: "Progress" });

  await test.step("the freelancer confirms the payment of the order the client is looking at", async () => {
    await openLive(client.page, `/orders/${watched.id}`);
    await expectCurrentStep(client.page, "Payment submitted");
    await act(freelancer, watched, "confirm-payment");
    await expectCurrentStep(client.page, "Payment confirmed");
    await expect(toasts(client.page).filter({ hasText: watched.reference })).toHaveCount(0);
    await expectBellUnread(client.page, 0);
  });

  await test.step("the other order's confirmation is toasted, clear of the stepper", async () => {
    await act(freelancer, other, "confirm-payment");
    const toast = toasts(client.page).filter({ hasText: other.reference });
    await expect(toast).toBeVisible();
    await expectBellUnread(client.page, 1);
    await expectApart(toast, stepper);
    await expectApart(toast, client.page.getByRole("banner"));
    await toast.getByRole("button", { name: /^Dismiss/ }).click();
    await expect(toast).toHaveCount(0);
  });

  await test.step("on a phone the toast stays clear of the header", async () => {
    await client.page.setViewportSize({ width: 390, height: 844 });
    await act(freelancer, other, "start-work");
    const toast = toasts(client.page).filter({ hasText: other.reference });
    await expect(toast).toBeVisible();
    await expectApart(toast, client.page.getByRole("banner"));
  });
});
