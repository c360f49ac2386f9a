import type { Browser, Page } from "@playwright/test";
import { signUp } from "./support/auth-pages.ts";
import {
  apiPath,
  createGig,
  currentUserId,
  expectCurrentStep,
  performAction,
  placeOrder,
  publishReview,
  setPaymentInstructions,
  submitPaymentProof,
} from "./support/orders.ts";
import { uniqueUser, type NewUser } from "./support/users.ts";
import { expect, test } from "./support/test.ts";

const ORDER_URL = /\/orders\/[0-9a-f-]{36}$/;

interface Party {
  user: NewUser;
  page: Page;
  id: string;
}

/** A person with their own browser context (own cookie), signed up through the UI. */
async function newParty(browser: Browser): Promise<Party> {
  const page = await (await browser.newContext()).newPage();
  const user = uniqueUser();
  await signUp(page, user);
  return { user, page, id: await currentUserId(page.request) };
}

function uniqueGig(price: string) {
  const suffix = Math.random().toString(36).slice(2, 8);
  return {
    title: `I will review your React app ${suffix}`,
    description: "A thorough review of your React code base with a written report and fixes.",
    price,
    delivery_days: 3,
  };
}

function uniqueTransactionId(): string {
  return `TX-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`.toUpperCase();
}

test("a client and a freelancer carry an order from 'Order this gig' through a revision to completion and review each other", async ({
  browser,
}) => {
  // A long story: two sign-ups (Argon2id) and a dozen page loads by two people.
  test.setTimeout(120_000);
  const freelancer = await newParty(browser);
  const client = await newParty(browser);
  const instructions = `Wise transfer to ${freelancer.user.fullName}, IBAN DE89 3704 0044 0532 0130 00`;
  await setPaymentInstructions(freelancer.page.request, instructions);
  const gig = uniqueGig("120.00");
  const gigId = await createGig(freelancer.page.request, gig);
  let orderUrl = "";

  const brief = "Our brand colours are navy and coral; the current site is example.com.";
  await test.step("the client reviews the order, leaves a brief and places it", async () => {
    await client.page.goto(`/gigs/${gigId}`);
    await client.page.getByRole("button", { name: "Order this gig" }).click();
    const summary = client.page.getByRole("dialog", { name: "Review your order" });
    await expect(summary.getByText(gig.title)).toBeVisible();
    await expect(summary.getByText("$120.00")).toBeVisible();
    await expect(summary.getByText("How paying works")).toBeVisible();
    await summary.getByRole("button", { name: "Cancel" }).click();
    await expect(summary).toBeHidden();
    await expect(client.page).toHaveURL(`/gigs/${gigId}`); // nothing was ordered
    await client.page.getByRole("button", { name: "Order this gig" }).click();
    await summary.getByLabel("Brief for the freelancer (optional)").fill(brief);
    await summary.getByRole("button", { name: "Place order" }).click();
    await expect(client.page).toHaveURL(ORDER_URL);
    await expect(client.page.getByRole("region", { name: "Your brief" })).toContainText(brief);
    orderUrl = new URL(client.page.url()).pathname;
    await expect(client.page.getByRole("heading", { level: 1, name: gig.title })).toBeVisible();
    await expectCurrentStep(client.page, "Awaiting payment", "Waiting for you");
  });

  await test.step("the client sees how to pay, and cannot confirm the payment themselves", async () => {
    await expect(client.page.getByText(instructions)).toBeVisible();
    await expect(client.page.getByRole("button", { name: "Copy reference" })).toBeVisible();
    await expect(client.page.getByRole("button", { name: "Confirm payment received" })).toHaveCount(0);
    await expect(client.page.getByLabel("Amount sent")).toHaveValue("120.00");
  });

  const transactionId = uniqueTransactionId();
  await test.step("a wrong amount is refused next to the field; the right one goes through", async () => {
    await submitPaymentProof(client.page, { transactionId, amount: "119.00" });
    await expect(client.page.getByText(/amount must equal the order price exactly/)).toBeVisible();
    await expect(client.page.getByLabel("Amount sent")).toHaveAttribute("aria-invalid", "true");
    await submitPaymentProof(client.page, { transactionId, amount: "120.00" });
    await expectCurrentStep(client.page, "Payment submitted", "Waiting for the freelancer");
  });

  await test.step("the freelancer confirms the payment and starts work", async () => {
    await freelancer.page.goto(orderUrl);
    await expect(freelancer.page.getByRole("region", { name: "The client’s brief" })).toContainText(brief);
    await expectCurrentStep(freelancer.page, "Payment submitted", "Waiting for you");
    await performAction(freelancer.page, {
      button: "Confirm payment received",
      dialog: "Confirm you received the payment?",
      confirm: "Yes, I received it",
    });
    await expectCurrentStep(freelancer.page, "Payment confirmed");
    await expect(freelancer.page.getByRole("region", { name: "Payment proofs" })).toContainText("Verified");
    await performAction(freelancer.page, {
      button: "Start work",
      dialog: "Start working on this order?",
      confirm: "Start work",
    });
    await expectCurrentStep(freelancer.page, "In progress", "Waiting for you");
  });

  await test.step("an illegal move through the API is refused with 409 and a reason", async () => {
    const response = await freelancer.page.request.patch(apiPath(`${orderUrl}/confirm-payment`));
    expect(response.status()).toBe(409);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/Cannot confirm payment/);
  });

  await test.step("the freelancer delivers", async () => {
    await performAction(freelancer.page, {
      button: "Deliver work",
      dialog: "Deliver your work?",
      confirm: "Deliver work",
      field: {
        label: "Note to the client (optional)",
        value: "First version: see the shared folder https://files.example.com/review-42.",
      },
    });
    await expectCurrentStep(freelancer.page, "Delivered", "Waiting for the client");
  });

  await test.step("the delivery leads the client's order page, its address a safe link", async () => {
    await client.page.goto(orderUrl);
    const delivery = client.page.getByRole("region", { name: "Delivery" });
    await expect(delivery).toContainText("First version: see the shared folder");
    const link = delivery.getByRole("link", { name: "https://files.example.com/review-42" });
    await expect(link).toHaveAttribute("href", "https://files.example.com/review-42");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
    await expect(link).toHaveAttribute("target", "_blank");
  });

  await test.step("the client asks for a revision, which needs a reason", async () => {
    await client.page.goto(orderUrl);
    await expectCurrentStep(client.page, "Delivered", "Waiting for you");
    await client.page.getByRole("button", { name: "Request revision" }).click();
    const dialog = client.page.getByRole("dialog", { name: "Ask for a revision?" });
    await dialog.getByRole("button", { name: "Request revision" }).click();
    await expect(dialog.getByText("What needs to change is required.")).toBeVisible();
    await dialog.getByLabel("What needs to change").fill("Please cover the test setup too.");
    await dialog.getByRole("button", { name: "Request revision" }).click();
    await expect(dialog).toBeHidden();
    await expectCurrentStep(client.page, "Revision requested", "Waiting for the freelancer");
    await expect(client.page.getByRole("region", { name: "Timeline" })).toContainText(
      "Please cover the test setup too.",
    );
  });

  await test.step("the freelancer delivers again and the client approves", async () => {
    await freelancer.page.goto(orderUrl);
    await expectCurrentStep(freelancer.page, "Revision requested", "Waiting for you");
    await performAction(freelancer.page, {
      button: "Deliver work",
      dialog: "Deliver your work?",
      confirm: "Deliver work",
      field: { label: "Note to the client (optional)", value: "Second version, with the test setup." },
    });
    await client.page.goto(orderUrl);
    const latest = client.page.getByRole("region", { name: "Latest delivery (round 2)" });
    await expect(latest).toContainText("Second version, with the test setup.");
    const earlier = latest.getByRole("group").filter({ hasText: "Earlier deliveries (1)" });
    await expect(earlier.getByText("First version: see the shared folder")).toBeHidden();
    await earlier.getByText("Earlier deliveries (1)").click();
    await expect(earlier.getByText("Please cover the test setup too.")).toBeVisible();
    await performAction(client.page, {
      button: "Approve work",
      dialog: "Approve the work and complete the order?",
      confirm: "Approve and complete",
    });
    await expectCurrentStep(client.page, "Completed");
    await expect(client.page.getByText("Revisions so far: 1.")).toBeVisible();
  });

  await test.step("both leave a review; a rating is required; each sees the other's appear live", async () => {
    // The freelancer's page stays open on the order from the second delivery: no reload below.
    await expectCurrentStep(freelancer.page, "Completed");
    await client.page.getByRole("button", { name: "Publish review" }).click();
    await expect(client.page.getByText("Choose a rating from 1 to 5 stars.")).toBeVisible();
    await publishReview(client.page, { stars: 5, comment: "Sharp review, and the revision was quick." });
    await expect(client.page.getByText(`You reviewed ${freelancer.user.fullName}`)).toBeVisible();
    await expect(client.page.getByRole("button", { name: "Publish review" })).toHaveCount(0);

    const reviews = freelancer.page.getByRole("region", { name: "Reviews" });
    await expect(reviews.getByText(`${client.user.fullName} reviewed you`)).toBeVisible();
    await publishReview(freelancer.page, { stars: 4, comment: "Clear brief, paid promptly." });
    await expect(reviews.getByText(`You reviewed ${client.user.fullName}`)).toBeVisible();
    await expect(
      client.page.getByRole("region", { name: "Reviews" }).getByText(`${freelancer.user.fullName} reviewed you`),
    ).toBeVisible();
  });

  await test.step("the freelancer's profile shows the rating", async () => {
    const response = await client.page.request.get(apiPath(`/users/${freelancer.id}`));
    expect(await response.json()).toMatchObject({ rating_avg: "5.00", rating_count: 1 });
    await client.page.goto(`/users/${freelancer.id}`);
    await expect(client.page.getByText("Sharp review, and the revision was quick.")).toBeVisible();
  });
});

test("wrong moves are refused with a clear message", async ({ browser }) => {
  const freelancer = await newParty(browser);
  const client = await newParty(browser);
  const gigId = await createGig(freelancer.page.request, uniqueGig("80.00"));
  const orderId = await placeOrder(client.page.request, gigId);
  const transactionId = uniqueTransactionId();

  await test.step("a page that fell behind explains the refusal and catches up", async () => {
    await client.page.goto(`/orders/${orderId}`);
    await expect(client.page.getByText("Bank transfer to IBAN DE89 3704 0044 0532 0130 00")).toBeVisible();
    // Meanwhile (another tab, say) the client pays, so cancelling is no longer possible.
    const paid = await client.page.request.patch(apiPath(`/orders/${orderId}/submit-payment`), {
      data: { proof_reference: transactionId, payer_name: client.user.fullName, amount: "80.00" },
    });
    expect(paid.status()).toBe(200);
    await performAction(client.page, {
      button: "Cancel order",
      dialog: "Cancel this order?",
      confirm: "Cancel order",
    });
    await expect(
      client.page.getByRole("alert").filter({ hasText: "Cannot cancel while the order is payment submitted" }),
    ).toBeVisible();
    await expectCurrentStep(client.page, "Payment submitted", "Waiting for the freelancer");
    await expect(client.page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
  });

  await test.step("the wrong party is refused by the API with 403", async () => {
    const response = await client.page.request.patch(apiPath(`/orders/${orderId}/confirm-payment`));
    expect(response.status()).toBe(403);
    expect(((await response.json()) as { detail: string }).detail).toBe("Only the freelancer can confirm payment");
  });

  await test.step("a transaction ID can only be claimed once", async () => {
    const secondOrderId = await placeOrder(client.page.request, gigId);
    await client.page.goto(`/orders/${secondOrderId}`);
    await submitPaymentProof(client.page, { transactionId: transactionId.toLowerCase() });
    await expect(client.page.getByText(/transaction ID has already been submitted/)).toBeVisible();
    await expect(client.page.getByLabel("Transaction ID")).toHaveAttribute("aria-invalid", "true");
    await expectCurrentStep(client.page, "Awaiting payment", "Waiting for you");
  });

  await test.step("a cancelled order says it will have no due date", async () => {
    const facts = client.page.getByRole("region", { name: "Order details" });
    await expect(facts).toContainText("Set when work starts");
    await performAction(client.page, { button: "Cancel order", dialog: "Cancel this order?", confirm: "Cancel order" });
    await expectCurrentStep(client.page, "Cancelled");
    await expect(facts).toContainText("None: cancelled before work started");
    await expect(facts).not.toContainText("Set when work starts");
  });

  await test.step("strangers get a not-found page", async () => {
    const stranger = await newParty(browser);
    // An order the viewer is no party to does not exist for them: the page and the API both answer 404.
    const response = await stranger.page.goto(`/orders/${orderId}`);
    expect(response?.status()).toBe(404);
    await expect(stranger.page.getByRole("heading", { name: "Order not found" })).toBeVisible();
    expect((await stranger.page.request.get(apiPath(`/orders/${orderId}`))).status()).toBe(404);
  });
});
