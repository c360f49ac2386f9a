// The admin's records: an audit log that names what each action was about, orders found by reference code or by a
// party, and the payment proofs beside a dispute.
import type { APIRequestContext } from "@playwright/test";
import { signUpAdmin, signUpPerson, type Person } from "./support/admin.ts";
import { uniqueWord } from "./support/gigs.ts";
import { apiPath, createGig, currentUserId, placeOrder } from "./support/orders.ts";
import { expect, test } from "./support/test.ts";

interface PlacedOrder {
  id: string;
  referenceCode: string;
  gigId: string;
  gigTitle: string;
}

/** A fresh gig by `freelancer`, ordered by `client`: what an admin would search for. */
async function orderScene(freelancer: Person, client: Person, price = "120.00"): Promise<PlacedOrder> {
  const word = uniqueWord();
  const gigTitle = `I will review your API design ${word}`;
  const gigId = await createGig(freelancer.page.request, {
    title: gigTitle,
    description: `A written review of the ${word} endpoints, naming and error shapes, with concrete fixes.`,
    price,
    delivery_days: 3,
  });
  const id = await placeOrder(client.page.request, gigId);
  const response = await client.page.request.get(apiPath(`/orders/${id}`));
  expect(response.status()).toBe(200);
  const { reference_code: referenceCode } = (await response.json()) as { reference_code: string };
  return { id, referenceCode, gigId, gigTitle };
}

async function expectOk(
  request: APIRequestContext,
  method: "post" | "patch",
  path: string,
  data?: object,
  status = 200,
): Promise<void> {
  const response = await request[method](apiPath(path), { data });
  expect(response.status(), await response.text()).toBe(status);
}

test("the audit log names each action's target (an order's reference code, a person, a gig) and links to it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await signUpAdmin(browser);
  const freelancer = await signUpPerson(browser);
  const client = await signUpPerson(browser);
  const order = await orderScene(freelancer, client);
  const clientId = await currentUserId(client.page.request);
  const word = uniqueWord();

  await test.step("setup: the admin overrides the order, suspends the gig and bans the client", async () => {
    await expectOk(admin.page.request, "patch", `/admin/orders/${order.id}/status`, {
      status: "CANCELLED",
      reason: `The client asked to cancel by mail (${word}).`,
    });
    await expectOk(admin.page.request, "patch", `/admin/gigs/${order.gigId}/deactivate`, {
      reason: `Misleading samples (${word}).`,
    });
    await expectOk(admin.page.request, "post", `/admin/users/${clientId}/ban`, { reason: `Spam (${word}).` });
  });

  const log = admin.page.getByRole("region", { name: "Audit log" });
  const entry = (reason: string) => log.getByRole("row").filter({ hasText: `Reason: ${reason}` });

  await test.step("each entry names its target instead of an id", async () => {
    await admin.page.goto("/admin/audit-log");
    const override = entry(`The client asked to cancel by mail (${word}).`);
    await expect(override.getByRole("link", { name: `${order.referenceCode} · ${order.gigTitle}` })).toHaveAttribute(
      "href",
      `/orders/${order.id}`,
    );
    await expect(entry(`Misleading samples (${word}).`).getByRole("link", { name: order.gigTitle })).toHaveAttribute(
      "href",
      `/gigs/${order.gigId}`,
    );
    // A banned person has no public profile: their link opens their row in the admin users table.
    await expect(entry(`Spam (${word}).`).getByRole("link", { name: client.user.fullName })).toHaveAttribute(
      "href",
      `/admin/users?${new URLSearchParams({ q: client.user.fullName }).toString()}`,
    );
    await expect(log).not.toContainText(`order ${order.id.slice(0, 8)}`);
  });

  await test.step("the person's link finds them among the users, banned", async () => {
    await entry(`Spam (${word}).`).getByRole("link", { name: client.user.fullName }).click();
    const row = admin.page
      .getByRole("region", { name: "Users" })
      .getByRole("row")
      .filter({ hasText: client.user.email });
    await expect(row.getByText("Banned", { exact: true })).toBeVisible();
    await admin.page.goBack();
  });

  await test.step("the order's link opens the order", async () => {
    await entry(`The client asked to cancel by mail (${word}).`)
      .getByRole("link", { name: `${order.referenceCode} · ${order.gigTitle}` })
      .click();
    await expect(admin.page).toHaveURL(`/orders/${order.id}`);
  });
});

test("an admin finds an order by its reference code and by a party's name", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signUpAdmin(browser);
  const freelancer = await signUpPerson(browser);
  const client = await signUpPerson(browser);
  const otherClient = await signUpPerson(browser);
  const order = await orderScene(freelancer, client);
  const other = await orderScene(freelancer, otherClient);
  const table = admin.page.getByRole("region", { name: "Orders" });
  const search = async (text: string) => {
    await admin.page.getByRole("searchbox", { name: "Search orders" }).fill(text);
    await admin.page.getByRole("button", { name: "Search", exact: true }).click();
  };

  await admin.page.goto("/admin/orders");

  await test.step("by reference code", async () => {
    await search(order.referenceCode);
    await expect(admin.page).toHaveURL(`/admin/orders?q=${order.referenceCode}`);
    await expect(table.getByRole("link", { name: order.gigTitle })).toBeVisible();
    await expect(table.getByRole("link", { name: other.gigTitle })).toHaveCount(0);
    await expect(admin.page.getByRole("status").filter({ hasText: "Showing all 1 order." })).toBeVisible();
  });

  await test.step("by the other client's name", async () => {
    await search(otherClient.user.fullName);
    await expect(table.getByRole("link", { name: other.gigTitle })).toBeVisible();
    await expect(table.getByRole("link", { name: order.gigTitle })).toHaveCount(0);
  });

  await test.step("a search that matches nothing says so", async () => {
    await search(`nobody-${uniqueWord()}`);
    await expect(admin.page.getByText("No orders match this search.")).toBeVisible();
  });
});

test("the dispute card lists the order's payment proofs: payer, amount, reference, when and status", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await signUpAdmin(browser);
  const freelancer = await signUpPerson(browser);
  const client = await signUpPerson(browser);
  const order = await orderScene(freelancer, client, "250.00");
  // Written in the normal form the API stores and shows (lower case, no separators).
  const word = uniqueWord();
  const rejectedReference = `tx${word}1`;
  const confirmedReference = `tx${word}2`;

  await test.step("setup: a proof rejected, a second one confirmed, then a dispute", async () => {
    const submit = (reference: string) =>
      expectOk(client.page.request, "patch", `/orders/${order.id}/submit-payment`, {
        proof_reference: reference,
        payer_name: client.user.fullName,
        amount: "250.00",
      });
    await submit(rejectedReference);
    await expectOk(freelancer.page.request, "patch", `/orders/${order.id}/reject-payment`, {
      reason: "No transfer with this reference has arrived.",
    });
    await submit(confirmedReference);
    await expectOk(freelancer.page.request, "patch", `/orders/${order.id}/confirm-payment`);
    await expectOk(
      client.page.request,
      "post",
      `/orders/${order.id}/dispute`,
      {
        reason: "The freelancer stopped answering after payment.",
      },
      201,
    );
  });

  await test.step("the admin reads both proofs on the dispute card", async () => {
    await admin.page.goto("/admin/disputes");
    const card = admin.page
      .getByRole("article")
      .filter({ has: admin.page.getByRole("heading", { name: order.gigTitle }) });
    const proofs = card.getByRole("region", { name: "Payment proofs" }).getByRole("listitem");
    await expect(proofs).toHaveCount(2);
    await expect(proofs.nth(0)).toContainText(rejectedReference);
    await expect(proofs.nth(0)).toContainText("$250.00");
    await expect(proofs.nth(0)).toContainText(client.user.fullName);
    await expect(proofs.nth(0)).toContainText("Rejected");
    await expect(proofs.nth(1)).toContainText(confirmedReference);
    await expect(proofs.nth(1)).toContainText("$250.00");
    await expect(proofs.nth(1)).toContainText("Confirmed");
    await expect(proofs.nth(1).locator("time")).toHaveCount(1);
  });
});
