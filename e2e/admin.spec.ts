import { signInHere } from "./support/auth-pages.ts";
import { banUser, signUpAdmin, signUpPerson, userRow } from "./support/admin.ts";
import { uniqueWord } from "./support/gigs.ts";
import {
  apiPath,
  createGig,
  currentUserId,
  expectCurrentStep,
  placeOrder,
  setPaymentInstructions,
} from "./support/orders.ts";
import { expect, test } from "./support/test.ts";

const SUSPENDED = "This account has been suspended";

test("an admin bans a user: their open page is signed out at once, signing in is refused, and unbanning lets them back", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await signUpAdmin(browser);
  const member = await signUpPerson(browser);
  // Unique, so this ban's audit entry is found among every other run's.
  const reason = `Asked clients to pay outside the order, twice (case ${Date.now().toString(36)}).`;

  await test.step("the admin area does not exist for a member", async () => {
    await member.page.goto("/admin/users");
    await expect(member.page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });

  await test.step("the member is working on their profile", async () => {
    await member.page.goto("/settings/profile");
    await member.page.getByLabel("Bio", { exact: true }).fill("Full-stack developer.");
  });

  await test.step("the admin finds the member and bans them with a reason", async () => {
    await banUser(admin.page, member.user, reason);
    const row = userRow(admin.page, member.user);
    await expect(row.getByText("Banned", { exact: true })).toBeVisible();
    await expect(row.getByText(`Reason: ${reason}`)).toBeVisible();
    await expect(row.getByRole("button", { name: `Unban ${member.user.fullName}` })).toBeVisible();
  });

  await test.step("the ban closes the member's live connection: their open page goes to sign in at once", async () => {
    // The ban revokes their tokens and closes their sockets on every API instance; the page's realtime client
    // is refused a new session and leaves for sign-in, keeping the page to come back to.
    await expect(member.page).toHaveURL("/auth/sign-in?next=%2Fsettings%2Fprofile");
  });

  await test.step("signing in is refused, and the ban is explained", async () => {
    await signInHere(member.page, member.user);
    await expect(member.page.getByRole("alert").filter({ hasText: SUSPENDED })).toBeVisible();
    await expect(member.page).toHaveURL(/\/auth\/sign-in/);
  });

  await test.step("the ban is in the audit log", async () => {
    await admin.page
      .getByRole("navigation", { name: "Admin sections" })
      .getByRole("link", { name: "Audit log" })
      .click();
    await expect(admin.page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    const entry = admin.page.getByRole("row").filter({ hasText: `Reason: ${reason}` });
    await expect(entry.getByText("Banned a user")).toBeVisible();
    await expect(entry.getByText(admin.user.fullName)).toBeVisible();
  });

  await test.step("after an unban the member signs in again", async () => {
    await admin.page.goto(`/admin/users?q=${encodeURIComponent(member.user.email)}`);
    await admin.page.getByRole("button", { name: `Unban ${member.user.fullName}` }).click();
    const dialog = admin.page.getByRole("dialog", { name: `Unban ${member.user.fullName}?` });
    await dialog.getByRole("button", { name: "Unban user", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(userRow(admin.page, member.user).getByText("Active", { exact: true })).toBeVisible();

    await signInHere(member.page, member.user);
    await expect(member.page).toHaveURL("/settings/profile");
  });
});

test("an admin resolves a dispute from the queue, and both parties see the order closed", async ({ browser }) => {
  test.setTimeout(120_000);
  const freelancer = await signUpPerson(browser);
  const client = await signUpPerson(browser);
  const admin = await signUpAdmin(browser);
  const suffix = Math.random().toString(36).slice(2, 8);
  const gig = {
    title: `I will migrate your database to PostgreSQL ${suffix}`,
    description: "Schema, data and a rollback plan, tested on a copy of your production data first.",
    price: "300.00",
    delivery_days: 5,
  };
  const complaint = "Work started a week ago and nothing has been delivered; no answer to messages.";
  const message = "Any news on the migration? The deadline was yesterday.";
  const resolution = "The freelancer confirmed they cannot deliver; the client is refunded off-platform.";
  let orderId = "";

  await test.step("setup: an order in progress, disputed by the client", async () => {
    await setPaymentInstructions(freelancer.page.request, "IBAN DE89 3704 0044 0532 0130 00");
    const gigId = await createGig(freelancer.page.request, gig);
    orderId = await placeOrder(client.page.request, gigId);
    const send = async (request: typeof client.page.request, path: string, data?: object) => {
      const response = await request.patch(apiPath(`/orders/${orderId}/${path}`), { data });
      expect(response.status(), await response.text()).toBe(200);
    };
    await send(client.page.request, "submit-payment", {
      proof_reference: `TX-${suffix}-${Date.now().toString(36)}`.toUpperCase(),
      payer_name: client.user.fullName,
      amount: gig.price,
    });
    await send(freelancer.page.request, "confirm-payment");
    await send(freelancer.page.request, "start-work");
    const freelancerId = await currentUserId(freelancer.page.request);
    const sent = await client.page.request.post(apiPath("/messages"), {
      data: { receiver_id: freelancerId, content: message, order_id: orderId },
    });
    expect(sent.status(), await sent.text()).toBe(201);
    const dispute = await client.page.request.post(apiPath(`/orders/${orderId}/dispute`), {
      data: { reason: complaint },
    });
    expect(dispute.status(), await dispute.text()).toBe(201);
  });

  const card = admin.page.getByRole("article").filter({ has: admin.page.getByRole("heading", { name: gig.title }) });

  await test.step("the admin finds the dispute in the open queue, with who opened it and why", async () => {
    await admin.page.goto("/admin/disputes");
    await expect(admin.page.getByRole("tab", { name: "Open", selected: true })).toBeVisible();
    await expect(card.getByText(complaint)).toBeVisible();
    await expect(card.getByText(`by ${client.user.fullName} (client)`)).toBeVisible();
  });

  await test.step("the order's timeline and the parties' messages show how it got here", async () => {
    await card.getByRole("button", { name: "Show the timeline and messages" }).click();
    const timeline = card.getByRole("list").filter({ hasText: "placed the order" });
    await expect(timeline.getByRole("listitem")).toHaveCount(4);
    await expect(timeline).toContainText(`${freelancer.user.fullName} (freelancer) started work`);
    const messages = card.getByRole("region", { name: "Messages about this order" });
    await expect(messages.getByRole("listitem")).toHaveCount(1);
    await expect(messages).toContainText(`${client.user.fullName} (client)`);
    await expect(messages).toContainText(message);
  });

  await test.step("the admin resolves it by cancelling the order, with a reason", async () => {
    await card.getByRole("button", { name: /^Resolve: cancel/ }).click();
    const dialog = admin.page.getByRole("dialog", { name: "Resolve the dispute by cancelling the order?" });
    await dialog.getByRole("button", { name: "Cancel order", exact: true }).click();
    await expect(dialog.getByText("Give a reason: it is kept in the audit log.")).toBeVisible();
    await dialog.getByLabel("Reason").fill(resolution);
    await dialog.getByRole("button", { name: "Cancel order", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(admin.page.getByRole("status").filter({ hasText: "The dispute is resolved." })).toBeVisible();
    await expect(card).toHaveCount(0);
  });

  await test.step("the dispute moves to the resolved tab with the admin's reason", async () => {
    await admin.page.getByRole("tab", { name: "Resolved" }).click();
    await expect(admin.page).toHaveURL("/admin/disputes?status=RESOLVED");
    await expect(card.getByText("Dispute resolved")).toBeVisible();
    await expect(card.getByText(resolution)).toBeVisible();
  });

  await test.step("the order page shows it cancelled, to the admin and to the client", async () => {
    await card.getByRole("link", { name: gig.title }).click();
    await expect(admin.page).toHaveURL(`/orders/${orderId}`);
    await expectCurrentStep(admin.page, "Cancelled");
    await client.page.goto(`/orders/${orderId}`);
    await expectCurrentStep(client.page, "Cancelled");
    await expect(client.page.getByText(resolution).first()).toBeVisible();
  });
});

test("an admin suspends a gig with a reason: its owner sees why and cannot re-activate it until an admin reactivates it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await signUpAdmin(browser);
  const freelancer = await signUpPerson(browser);
  const word = uniqueWord();
  const gig = {
    title: `I will translate your app strings ${word}`,
    description: `Careful translation of ${word} interface strings, with a glossary and a review pass.`,
    price: "80.00",
    delivery_days: 4,
  };
  const reason = `The samples are copied from another seller (case ${word}).`;
  const gigId = await createGig(freelancer.page.request, gig);
  const adminRow = () =>
    admin.page.getByRole("region", { name: "Gigs" }).getByRole("row").filter({ hasText: gig.title });

  await test.step("the admin suspends it from the gigs table, giving a reason", async () => {
    await admin.page.goto(`/admin/gigs?q=${word}`);
    await adminRow()
      .getByRole("button", { name: `Suspend ${gig.title}` })
      .click();
    const dialog = admin.page.getByRole("dialog", { name: `Suspend “${gig.title}”?` });
    await dialog.getByRole("button", { name: "Suspend gig", exact: true }).click();
    await expect(dialog.getByText("Give a reason")).toBeVisible(); // a reason is mandatory
    await dialog.getByLabel("Reason").fill(reason);
    await dialog.getByRole("button", { name: "Suspend gig", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(admin.page.getByRole("status").filter({ hasText: `“${gig.title}” is suspended.` })).toBeVisible();
    await expect(adminRow().getByText("Suspended", { exact: true })).toBeVisible();
    await expect(adminRow().getByText(reason)).toBeVisible();
  });

  await test.step("the owner sees the reason in My gigs, and Activate is disabled", async () => {
    await freelancer.page.goto("/dashboard/gigs");
    const item = freelancer.page.getByRole("article", { name: gig.title });
    await expect(item.getByText("Suspended by moderation", { exact: true })).toBeVisible();
    await expect(item.getByText(`Reason: ${reason}`)).toBeVisible();
    await expect(item.getByRole("button", { name: `Activate ${gig.title}` })).toBeDisabled();
  });

  await test.step("its page and edit page say so too, and the API refuses to re-activate it", async () => {
    // Within <main>: the notifications menu says "… was suspended by moderation" with the reason too.
    const main = freelancer.page.getByRole("main");
    await freelancer.page.goto(`/gigs/${gigId}`);
    await expect(main.getByText("Suspended by moderation", { exact: true })).toBeVisible();
    await expect(main.getByText(`Reason: ${reason}`)).toBeVisible();
    await freelancer.page.goto(`/gigs/${gigId}/edit`);
    await expect(main.getByText("Suspended by moderation", { exact: true })).toBeVisible();
    await expect(main.getByText(`Reason: ${reason}`)).toBeVisible();
    const refused = await freelancer.page.request.patch(apiPath(`/gigs/${gigId}`), { data: { is_active: true } });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe("gig_suspended");
  });

  await test.step("the admin reactivates it; the owner's gig is active again", async () => {
    await adminRow()
      .getByRole("button", { name: `Reactivate ${gig.title}` })
      .click();
    const dialog = admin.page.getByRole("dialog", { name: `Reactivate “${gig.title}”?` });
    await expect(dialog.getByText(reason)).toBeVisible();
    await dialog.getByRole("button", { name: "Reactivate gig", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(admin.page.getByRole("status").filter({ hasText: `“${gig.title}” is reactivated.` })).toBeVisible();
    await expect(adminRow().getByText("Active", { exact: true })).toBeVisible();

    await freelancer.page.goto("/dashboard/gigs");
    const item = freelancer.page.getByRole("article", { name: gig.title });
    await expect(item.getByText("Active", { exact: true })).toBeVisible();
    await expect(item.getByText("Suspended by moderation", { exact: true })).toBeHidden();
    await expect(item.getByRole("button", { name: `Deactivate ${gig.title}` })).toBeEnabled();
  });
});
