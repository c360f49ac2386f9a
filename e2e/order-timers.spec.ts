// The platform's deadlines (DESIGN §13), watched from both sides: the order page counts down to them,
// and when one passes the job runner moves the order while both browsers look on — no reload — with a
// clock on the timeline saying DevMarket did it, and why. The test stack sweeps every second
// (SCHEDULER_INTERVAL_S in scripts/test-env.ts); the scene ages an order with SQL instead of waiting days.
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { signUp } from "./support/auth-pages.ts";
import { countRows, queryRows } from "./support/database.ts";
import { apiPath, createGig, currentUserId, expectCurrentStep, placeOrder, publishReview } from "./support/orders.ts";
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
  return { user, page, id: await currentUserId(page.request) };
}

async function act(request: APIRequestContext, orderId: string, action: string, data?: object): Promise<void> {
  const response = await request.patch(apiPath(`/orders/${orderId}/${action}`), data ? { data } : {});
  expect(response.status(), await response.text()).toBe(200);
}

/** Moves the order's last status change back by `age` (a PostgreSQL interval), as if that much time had passed. */
async function age(orderId: string, interval: string): Promise<void> {
  const rows = await queryRows(
    "UPDATE orders SET status_changed_at = now() - CAST($2 AS interval) WHERE id = $1 RETURNING id",
    [orderId, interval],
  );
  expect(rows).toHaveLength(1);
}

function deadline(page: Page) {
  return page.getByRole("timer");
}

/** The timeline's last entry: the platform's own, marked with its clock. */
function systemEvent(page: Page) {
  return page.getByRole("region", { name: "Timeline" }).locator('li[data-actor="system"]');
}

test("a delivery nobody answers completes on its own while both watch, and both can then review", async ({
  browser,
}) => {
  // Two sign-ups (Argon2id), two orders, and a few seconds for the sweeps.
  test.setTimeout(120_000);
  const freelancer = await newParty(browser);
  const client = await newParty(browser);
  const suffix = Math.random().toString(36).slice(2, 8);
  const gigId = await createGig(freelancer.page.request, {
    title: `I will illustrate your landing page ${suffix}`,
    description: "Three hero illustrations in your brand colours, delivered as SVG and PNG.",
    price: "150.00",
    delivery_days: 5,
  });

  await test.step("an unpaid order counts down to its cancellation, on both sides", async () => {
    const orderId = await placeOrder(client.page.request, gigId);
    await client.page.goto(`/orders/${orderId}`);
    await freelancer.page.goto(`/orders/${orderId}`);
    await expect(deadline(client.page)).toHaveText(
      /^Cancels automatically in 2 days 23 h unless you submit your payment\.$/,
    );
    await expect(deadline(freelancer.page)).toHaveText(
      /^Cancels automatically in 2 days 23 h unless the client submits a payment\.$/,
    );

    await age(orderId, "72 hours 1 minute");
    for (const party of [client, freelancer]) {
      await expectCurrentStep(party.page, "Cancelled");
      await expect(deadline(party.page)).toHaveCount(0);
      await expect(systemEvent(party.page)).toContainText(
        "DevMarket cancelled the order because it was not paid in time",
      );
      await expect(systemEvent(party.page)).toContainText("Not paid within 72 hours");
    }
  });

  const orderId = await placeOrder(client.page.request, gigId);
  await test.step("the order is paid for and delivered", async () => {
    await act(client.page.request, orderId, "submit-payment", {
      proof_reference: `TX-${suffix}-${Date.now().toString(36)}`.toUpperCase(),
      payer_name: client.user.fullName,
      amount: "150.00",
    });
    await act(freelancer.page.request, orderId, "confirm-payment");
    await act(freelancer.page.request, orderId, "start-work");
    await act(freelancer.page.request, orderId, "submit-work", { note: "Three illustrations, SVG and PNG." });
  });

  await test.step("each side reads how long the client has to answer", async () => {
    await client.page.goto(`/orders/${orderId}`);
    await freelancer.page.goto(`/orders/${orderId}`);
    await expectCurrentStep(client.page, "Delivered");
    await expect(deadline(client.page)).toHaveText(
      /^Completes automatically in 2 days 23 h unless you approve or ask for a revision\.$/,
    );
    await expect(deadline(freelancer.page)).toHaveText(
      /^Completes automatically in 2 days 23 h unless the client approves or asks for a revision first\.$/,
    );
  });

  await test.step("the deadline passes: both pages show the order completed by DevMarket, live", async () => {
    await age(orderId, "3 days 1 minute");
    for (const party of [client, freelancer]) {
      await expectCurrentStep(party.page, "Completed");
      await expect(deadline(party.page)).toHaveCount(0);
      await expect(systemEvent(party.page)).toContainText("DevMarket approved the delivery automatically");
      await expect(systemEvent(party.page)).toContainText("Approved automatically 3 days after delivery");
    }
    const completions = await countRows(
      "SELECT count(*) FROM order_events WHERE order_id = $1 AND to_status = 'COMPLETED'",
      [orderId],
    );
    expect(completions).toBe(1);
  });

  await test.step("both review each other", async () => {
    await publishReview(client.page, { stars: 5, comment: "Lovely illustrations." });
    await publishReview(freelancer.page, { stars: 5, comment: "A pleasure to work with." });
    await expect(
      client.page.getByRole("region", { name: "Reviews" }).getByText(`${freelancer.user.fullName} reviewed you`),
    ).toBeVisible();
  });
});
