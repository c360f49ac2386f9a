// Order mail, from the inbox: a freelancer with no tab open hears of a new order by email, follows the
// mail's link to the order (signing in on the way), and stops order mail through the mail's own
// unsubscribe link — after which the next order event mails them nothing, while the client's mail
// still flows.
import crypto from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { testEnvironment } from "../scripts/test-env.ts";
import { signInHere, signUp } from "./support/auth-pages.ts";
import { countRows, queryRows } from "./support/database.ts";
import { linkStartingWith, mailsTo, waitForMail } from "./support/mailbox.ts";
import { apiPath, createGig, currentUserId } from "./support/orders.ts";
import { expect, test } from "./support/test.ts";
import { uniqueUser, type NewUser } from "./support/users.ts";

interface Party {
  user: NewUser;
  page: Page;
  id: string;
}

async function newParty(browser: Browser): Promise<Party> {
  const page = await (await browser.newContext()).newPage();
  const user = uniqueUser();
  await signUp(page, user);
  // Publishing a gig needs a verified address; this story is about order mail, not verification.
  await queryRows("UPDATE users SET email_verified = true WHERE email = $1", [user.email.toLowerCase()]);
  return { user, page, id: await currentUserId(page.request) };
}

/** The link a mail's unsubscribe footer carries (api/app/email/unsubscribe_tokens.py, same HMAC scheme). */
function unsubscribeLink(userId: string, preference: "order_updates" | "messages" | "reminders"): string {
  const key = crypto.createHmac("sha256", testEnvironment.JWT_SECRET).update("devmarket email unsubscribe v1").digest();
  const message = `${userId.replaceAll("-", "")}.${preference}`;
  const signature = crypto.createHmac("sha256", key).update(message).digest().subarray(0, 16).toString("base64url");
  return `/email/unsubscribe?token=${message}.${signature}`;
}

async function preferences(userId: string) {
  const [row] = await queryRows<{ email_order_updates: boolean; email_messages: boolean; email_reminders: boolean }>(
    "SELECT email_order_updates, email_messages, email_reminders FROM users WHERE id = $1",
    [userId],
  );
  return row;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("a freelancer hears of a new order by email, opens it from the mail, and unsubscribes from order mail", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const freelancer = await newParty(browser);
  const title = `I will design your logo ${Math.random().toString(36).slice(2, 8)}`;
  const gigId = await createGig(freelancer.page.request, {
    title,
    description: "Three logo concepts, two rounds of changes and every source file.",
    price: "80.00",
    delivery_days: 4,
  });
  // The freelancer leaves: no tab, no socket. Only the mail can tell them.
  await freelancer.page.context().close();

  const client = await newParty(browser);
  let orderId = "";
  await test.step("the client orders the gig", async () => {
    await client.page.goto(`/gigs/${gigId}`);
    await client.page.getByRole("button", { name: "Order this gig" }).click();
    await client.page
      .getByRole("dialog", { name: "Review your order" })
      .getByRole("button", { name: "Place order" })
      .click();
    await expect(client.page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
    orderId = new URL(client.page.url()).pathname.split("/").at(-1)!;
  });

  const subject = new RegExp(`^New order DM-\\w+: ${escapeRegExp(title)} from ${escapeRegExp(client.user.fullName)}$`);
  const mail = await test.step("the freelancer gets the new-order mail", () =>
    waitForMail(freelancer.user.email, subject));
  expect(mail.text).toContain(`${client.user.fullName} ordered your gig`);
  const orderLink = linkStartingWith(mail, `${baseURL}/orders/`);
  expect(orderLink).toBe(`${baseURL}/orders/${orderId}`);
  expect(mail.html).toContain(`href="${orderLink}"`);

  const page = await (await browser.newContext()).newPage();
  await test.step("the mail's link leads through sign-in to the order", async () => {
    await page.goto(orderLink);
    await expect(page).toHaveURL(/\/auth\/sign-in\?next=/);
    await signInHere(page, freelancer.user);
    await expect(page).toHaveURL(`/orders/${orderId}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });

  await test.step("the freelancer stops order mail through the mail's unsubscribe link", async () => {
    await page.goto(linkStartingWith(mail, `${baseURL}/email/unsubscribe`));
    await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe from order update emails?" })).toBeVisible();
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { name: "Done — you won't get these emails anymore" })).toBeVisible();
    await page.getByRole("link", { name: "Notification settings" }).click();
    await expect(page).toHaveURL("/settings/notifications");
    await expect(page.getByRole("switch", { name: "Order updates" })).toHaveAttribute("aria-checked", "false");
    await expect(page.getByRole("switch", { name: "Unread messages" })).toHaveAttribute("aria-checked", "true");
  });

  await test.step("the next order events mail the client but not the freelancer", async () => {
    const paid = await client.page.request.patch(apiPath(`/orders/${orderId}/submit-payment`), {
      data: {
        proof_reference: `TX-${Date.now().toString(36)}`.toUpperCase(),
        payer_name: client.user.fullName,
        amount: "80.00",
      },
    });
    expect(paid.status(), await paid.text()).toBe(200);
    const confirmed = await page.request.patch(apiPath(`/orders/${orderId}/confirm-payment`));
    expect(confirmed.status(), await confirmed.text()).toBe(200);
    // The client still gets theirs: the pipeline runs, so the freelancer's silence is the preference.
    await waitForMail(client.user.email, /^Payment confirmed for order DM-\w+/);
    expect(
      await countRows("SELECT count(*) FROM email_outbox WHERE user_id = $1 AND kind <> 'order_new'", [freelancer.id]),
    ).toBe(0);
    expect(await mailsTo(freelancer.user.email, /^New order /)).toHaveLength(1);
    expect(await mailsTo(freelancer.user.email, /paid for order|Payment/)).toHaveLength(0);
  });
});

test("the unsubscribe page stops mail only when its button is pressed, signed out, and says when a link is broken", async ({
  browser,
  page,
}) => {
  const person = await newParty(browser);
  const link = unsubscribeLink(person.id, "messages");
  await page.goto(link); // a fresh context: signed out, as a mail client opens it
  await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe from unread message emails?" })).toBeVisible();
  expect(await preferences(person.id)).toEqual({
    email_order_updates: true,
    email_messages: true,
    email_reminders: true,
  });
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Done — you won't get these emails anymore" }),
  ).toBeVisible();
  expect(await preferences(person.id)).toEqual({
    email_order_updates: true,
    email_messages: false,
    email_reminders: true,
  });
  await page.goto(link); // again: already done
  await expect(
    page.getByRole("heading", { level: 1, name: "Done — you won't get these emails anymore" }),
  ).toBeVisible();

  await page.goto(`${link.slice(0, -3)}xyz`);
  await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await page.goto("/email/unsubscribe");
  await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
});

test("notification settings: each switch saves as it moves, from the keyboard too", async ({ browser }) => {
  const person = await newParty(browser);
  const { page } = person;
  await page.goto("/settings/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Email notifications" })).toBeVisible();
  const reminders = page.getByRole("switch", { name: "Deadline reminders" });
  await expect(reminders).toHaveAttribute("aria-checked", "true");
  await reminders.focus();
  await page.keyboard.press("Space");
  await expect(reminders).toHaveAttribute("aria-checked", "false");
  await expect.poll(async () => (await preferences(person.id))?.email_reminders).toBe(false);
  await page.getByRole("switch", { name: "Unread messages" }).click();
  await expect.poll(async () => (await preferences(person.id))?.email_messages).toBe(false);
  await page.reload();
  await expect(page.getByRole("switch", { name: "Deadline reminders" })).toHaveAttribute("aria-checked", "false");
  await expect(page.getByRole("switch", { name: "Unread messages" })).toHaveAttribute("aria-checked", "false");
  await expect(page.getByRole("switch", { name: "Order updates" })).toHaveAttribute("aria-checked", "true");
});
