// Accessibility of every page: axe finds no serious or critical violation at desktop and phone sizes, focus lands on
// the result of an action instead of falling to <body>, and user-supplied names are bidi-isolated so a name holding
// U+202E (RIGHT-TO-LEFT OVERRIDE) cannot reverse the text after it. The data is made once through the API; each
// role keeps one browser context for the whole file.
import crypto from "node:crypto";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { signUp } from "./support/auth-pages.ts";
import { queryRows } from "./support/database.ts";
import { uniqueWord } from "./support/gigs.ts";
import { apiPath, createGig, currentUserId, placeOrder, setPaymentInstructions } from "./support/orders.ts";
import { uniqueUser, type NewUser } from "./support/users.ts";
import { analyzeSettled } from "./support/axe.ts";
import { expect, test } from "./support/test.ts";

const VIEWPORTS = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

const RLO = "\u202E";
// The freelancer of each run of this file is called this, then a word of its own.
const OVERRIDE_NAME = `Nadia ${RLO}Rahman`;
const OVERRIDE_NAME_PATTERN = `${OVERRIDE_NAME} zq[a-z]+`;

interface Role {
  user: NewUser;
  page: Page;
  id: string;
}

interface Scene {
  freelancer: Role;
  client: Role;
  admin: Role;
  visitor: Page;
  gigId: string;
  word: string;
  orders: { pending: string; paid: string; submitted: string; completed: string; disputed: string; forFocus: string };
}

let scene: Scene;

async function signUpRole(browser: Browser, fullName?: string): Promise<Role> {
  const page = await (await browser.newContext()).newPage();
  const user = uniqueUser();
  if (fullName) user.fullName = fullName;
  await signUp(page, user);
  return { user, page, id: await currentUserId(page.request) };
}

async function patchOrder(request: APIRequestContext, orderId: string, action: string, data?: object) {
  const response = await request.patch(apiPath(`/orders/${orderId}/${action}`), { data });
  expect(response.status(), `${action}: ${await response.text()}`).toBe(200);
}

function transactionId(): string {
  return `TX-${crypto.randomBytes(6).toString("hex")}`.toUpperCase();
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const word = uniqueWord();
  // The freelancer's name carries a right-to-left override in its middle word.
  const freelancer = await signUpRole(browser, `${OVERRIDE_NAME} ${word}`);
  const [client, admin] = await Promise.all([signUpRole(browser), signUpRole(browser)]);
  await queryRows("UPDATE users SET is_admin = true WHERE id = $1", [admin.id]);
  const visitor = await (await browser.newContext()).newPage();

  await setPaymentInstructions(freelancer.page.request, "Bank transfer to IBAN DE89 3704 0044 0532 0130 00");
  const price = "80.00";
  const gigId = await createGig(freelancer.page.request, {
    title: `I will audit the accessibility of your web app ${word}`,
    description: "A screen reader and keyboard audit of your app with a written report and fixes.",
    price,
    delivery_days: 5,
  });
  const f = freelancer.page.request;
  const c = client.page.request;
  const pay = (orderId: string) =>
    patchOrder(c, orderId, "submit-payment", {
      proof_reference: transactionId(),
      payer_name: client.user.fullName,
      amount: price,
    });

  // A client may hold only a few unpaid orders of one gig: each paid one is paid before the next is placed.
  const paidOrders: string[] = [];
  for (let count = 0; count < 4; count += 1) {
    const orderId = await placeOrder(c, gigId);
    await pay(orderId);
    await patchOrder(f, orderId, "confirm-payment");
    paidOrders.push(orderId);
  }
  const [paid, submitted, completed, disputed] = paidOrders as [string, string, string, string];
  const pending = await placeOrder(c, gigId);
  const forFocus = await placeOrder(c, gigId);
  for (const orderId of [submitted, completed, disputed]) await patchOrder(f, orderId, "start-work");
  for (const orderId of [submitted, completed]) {
    await patchOrder(f, orderId, "submit-work", { note: "The report is in the shared folder." });
  }
  await patchOrder(c, completed, "approve");
  const review = await f.post(apiPath("/reviews"), {
    data: { order_id: completed, rating: 5, comment: "Clear brief and quick payment." },
  });
  expect(review.status(), await review.text()).toBe(201);
  const dispute = await c.post(apiPath(`/orders/${disputed}/dispute`), {
    data: { reason: "No update for a week and no answer to my messages." },
  });
  expect(dispute.status(), await dispute.text()).toBe(201);

  for (const [from, to, content] of [
    [c, freelancer.id, "Hello! Could you also check the checkout flow?"],
    [f, client.id, "Sure, I will include it in the report."],
    [c, freelancer.id, "Great, thank you."],
  ] as const) {
    const sent = await from.post(apiPath("/messages"), { data: { receiver_id: to, content } });
    expect(sent.status(), await sent.text()).toBe(201);
  }
  const orderMessage = await c.post(apiPath("/messages"), {
    data: { receiver_id: freelancer.id, content: "Any news on this one?", order_id: disputed },
  });
  expect(orderMessage.status(), await orderMessage.text()).toBe(201);

  scene = {
    freelancer,
    client,
    admin,
    visitor,
    gigId,
    word,
    orders: { pending, paid, submitted, completed, disputed, forFocus },
  };
});

test.afterAll(async () => {
  for (const page of [scene?.freelancer.page, scene?.client.page, scene?.admin.page, scene?.visitor]) {
    await page?.context().close();
  }
});

async function axeAt(page: Page, path: string, viewport: (typeof VIEWPORTS)[number]): Promise<string[]> {
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  const results = await analyzeSettled(page);
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(" ")).join(" | ");
      return `${path} [${viewport.name}] ${violation.id} (${violation.impact}): ${targets}`;
    });
}

/**
 * Opens each path once and checks it at both sizes (the layout follows the viewport without a reload), listing every
 * serious or critical axe violation as "path [size] rule (impact): targets".
 */
async function seriousViolations(page: Page, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
    await page.goto(path);
    // Client-rendered parts (lists fetched after hydration) are done once nothing is marked busy.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    for (const viewport of VIEWPORTS) found.push(...(await axeAt(page, path, viewport)));
  }
  return found;
}

async function expectNoSeriousViolations(page: Page, paths: string[]): Promise<void> {
  const found = await seriousViolations(page, paths);
  expect(found, `serious or critical axe violations:\n${found.join("\n")}`).toEqual([]);
}

test("public pages have no serious or critical axe violations", async () => {
  test.setTimeout(120_000);
  await expectNoSeriousViolations(scene.visitor, [
    "/",
    "/gigs",
    `/gigs?q=${scene.word}`,
    `/gigs/${scene.gigId}`,
    `/users/${scene.freelancer.id}`,
    "/auth/sign-in",
    "/auth/sign-up",
    `/gigs/${crypto.randomUUID()}`,
    `/users/${crypto.randomUUID()}`,
    `/no-such-page-${scene.word}`,
  ]);
});

test("the freelancer's pages have no serious or critical axe violations", async () => {
  test.setTimeout(150_000);
  const { orders } = scene;
  await expectNoSeriousViolations(scene.freelancer.page, [
    "/dashboard",
    "/dashboard/gigs",
    "/gigs/new",
    `/gigs/${scene.gigId}/edit`,
    "/orders",
    `/orders/${orders.paid}`,
    `/orders/${orders.submitted}`,
    `/orders/${orders.completed}`,
    "/messages",
    `/messages/${scene.client.id}`,
    "/settings/profile",
  ]);
});

test("the client's pages have no serious or critical axe violations", async () => {
  test.setTimeout(150_000);
  const { orders } = scene;
  await expectNoSeriousViolations(scene.client.page, [
    `/orders/${orders.pending}`,
    `/orders/${orders.submitted}`,
    `/orders/${orders.completed}`,
    `/orders/${orders.disputed}`,
    `/messages/${scene.freelancer.id}`,
    "/favorites",
    `/orders/${crypto.randomUUID()}`,
    `/messages/${crypto.randomUUID()}`,
    "/admin",
  ]);
});

test("the admin pages have no serious or critical axe violations", async () => {
  test.setTimeout(120_000);
  await expectNoSeriousViolations(scene.admin.page, [
    "/admin",
    "/admin/users",
    "/admin/gigs",
    "/admin/orders",
    "/admin/disputes",
    "/admin/audit-log",
  ]);
});

/**
 * Every text holding the override sits in an element that isolates it (a <bdi>, or unicode-bidi: isolate) and holds
 * that name alone, so the override ends with the name. Lists may also show the freelancers of earlier runs against
 * the same database: any name of the pattern counts.
 */
async function expectNamesIsolated(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByText(name.replace(RLO, "")).or(page.locator("bdi")).first()).toBeAttached();
  await page.waitForLoadState("networkidle").catch(() => undefined);
  const problems = await page.evaluate(
    ({ rlo, fullName, pattern }) => {
      const aName = new RegExp(`^(${pattern})$`);
      const anIsolatedName = new RegExp(`\u2068(${pattern})\u2069`);
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.includes(rlo)) continue;
        // The page's own data (the RSC payload in <script>s) is not shown text.
        if (["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"].includes(node.parentElement?.tagName ?? "")) continue;
        seen ||= node.textContent.includes(fullName);
        let element = node.parentElement;
        while (
          element &&
          !["isolate", "isolate-override", "plaintext"].includes(getComputedStyle(element).unicodeBidi)
        ) {
          element = element.parentElement;
        }
        // Plain-text sentences (notification lines, toasts) isolate the name with U+2068 … U+2069.
        if (anIsolatedName.test(node.textContent)) continue;
        const where = node.parentElement?.outerHTML.slice(0, 120) ?? "?";
        if (!element) found.push(`not isolated: ${where}`);
        else if (!aName.test(element.textContent?.trim() ?? "")) found.push(`isolated with other text: ${where}`);
      }
      if (!seen) found.push("the name is not on the page");
      return found;
    },
    { rlo: RLO, fullName: name, pattern: OVERRIDE_NAME_PATTERN },
  );
  expect(problems, `${path}: ${problems.join("\n")}`).toEqual([]);
}

test("a name holding a right-to-left override is isolated wherever it is shown", async () => {
  test.setTimeout(120_000);
  const { freelancer, client, admin, orders } = scene;
  const name = freelancer.user.fullName;
  await client.page.setViewportSize({ width: 1366, height: 900 });
  await freelancer.page.setViewportSize({ width: 1366, height: 900 });
  await admin.page.setViewportSize({ width: 1366, height: 900 });
  await expectNamesIsolated(freelancer.page, "/dashboard", name); // the header
  await expectNamesIsolated(client.page, `/gigs?q=${scene.word}`, name); // gig cards
  await expectNamesIsolated(client.page, `/gigs/${scene.gigId}`, name);
  await expectNamesIsolated(client.page, `/users/${freelancer.id}`, name);
  await expectNamesIsolated(client.page, `/orders/${orders.completed}`, name); // header, facts, timeline
  await expectNamesIsolated(client.page, "/orders", name);
  await expectNamesIsolated(client.page, "/messages", name);
  await expectNamesIsolated(client.page, `/messages/${freelancer.id}`, name);
  await expectNamesIsolated(client.page, `/users/${client.id}`, name); // the review they wrote
  for (const path of ["/admin/users", "/admin/gigs", "/admin/orders", "/admin/disputes"]) {
    await expectNamesIsolated(admin.page, `${path}?q=${encodeURIComponent(scene.word)}`, name);
  }
});

async function expectFocused(page: Page, expected: ReturnType<Page["locator"]>): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName ?? "none"), { message: "focus left <body>" })
    .not.toBe("BODY");
  await expect(expected).toBeFocused();
}

test("focus moves to the result after a payment proof, a confirmed payment and a form with errors", async () => {
  test.setTimeout(90_000);
  const { client, freelancer, orders } = scene;
  const orderPath = `/orders/${orders.forFocus}`;

  await test.step("a mouse-submitted proof with a wrong amount focuses the invalid field", async () => {
    await client.page.goto(orderPath);
    await client.page.getByLabel("Transaction ID").fill(transactionId());
    await client.page.getByLabel("Amount sent").fill("1.00");
    await client.page.getByRole("button", { name: "Submit payment proof" }).click();
    await expect(client.page.getByLabel("Amount sent")).toHaveAttribute("aria-invalid", "true");
    await expectFocused(client.page, client.page.getByLabel("Amount sent"));
  });

  await test.step("a submitted proof focuses the new status", async () => {
    await client.page.getByLabel("Amount sent").fill("80.00");
    await client.page.getByRole("button", { name: "Submit payment proof" }).click();
    await expectFocused(client.page, client.page.getByRole("region", { name: "Progress" }));
    await expect(client.page.getByRole("region", { name: "Progress" })).toContainText("Payment submitted");
  });

  await test.step("a confirmed payment focuses the new status", async () => {
    await freelancer.page.goto(orderPath);
    await freelancer.page.getByRole("button", { name: "Confirm payment received", exact: true }).click();
    const dialog = freelancer.page.getByRole("dialog", { name: "Confirm you received the payment?" });
    await dialog.getByRole("button", { name: "Yes, I received it", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expectFocused(freelancer.page, freelancer.page.getByRole("region", { name: "Progress" }));
    await expect(freelancer.page.getByRole("region", { name: "Progress" })).toContainText("Payment confirmed");
  });

  await test.step("a mouse-submitted sign-in with empty fields focuses the first invalid field", async () => {
    await scene.visitor.goto("/auth/sign-in");
    await scene.visitor.getByRole("button", { name: "Sign in" }).click();
    await expectFocused(scene.visitor, scene.visitor.getByLabel("Email", { exact: true }));
  });
});
