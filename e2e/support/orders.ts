// Steps of the order pages (accessible names only) and the API calls a test uses to set the scene.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

export interface NewGig {
  title: string;
  description: string;
  price: string;
  delivery_days: number;
  /** A leaf category (GET /categories); "web-apps" unless the scene says otherwise. */
  category?: string;
  tags?: string[];
}

/** The browser's own API route (/api/v1 → FastAPI), so the request carries that context's cookie. */
export function apiPath(path: string): string {
  return `/api/v1${path}`;
}

export async function currentUserId(request: APIRequestContext): Promise<string> {
  const response = await request.get(apiPath("/users/me"));
  expect(response.status()).toBe(200);
  return ((await response.json()) as { id: string }).id;
}

export async function setPaymentInstructions(request: APIRequestContext, instructions: string): Promise<void> {
  const response = await request.patch(apiPath("/users/me"), { data: { payment_instructions: instructions } });
  expect(response.status()).toBe(200);
}

/**
 * Publishing a gig needs payment instructions: gives the signed-in freelancer some when they have none
 * (a scene that set its own keeps them).
 */
export async function ensurePayable(request: APIRequestContext): Promise<void> {
  const me = await request.get(apiPath("/users/me"));
  expect(me.status()).toBe(200);
  if (((await me.json()) as { payment_instructions: string }).payment_instructions === "") {
    await setPaymentInstructions(request, "Bank transfer to IBAN DE89 3704 0044 0532 0130 00");
  }
}

export async function createGig(request: APIRequestContext, gig: NewGig): Promise<string> {
  await ensurePayable(request);
  const response = await request.post(apiPath("/gigs"), { data: { category: "web-apps", ...gig } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export async function placeOrder(request: APIRequestContext, gigId: string): Promise<string> {
  const response = await request.post(apiPath("/orders"), { data: { gig_id: gigId } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** The step of the status stepper marked as the current one. */
export function currentStep(page: Page): Locator {
  return page.getByRole("region", { name: "Progress" }).locator('[aria-current="step"]');
}

export async function expectCurrentStep(page: Page, label: string, waiting?: string): Promise<void> {
  await expect(currentStep(page)).toContainText(label);
  if (waiting) await expect(currentStep(page)).toContainText(waiting);
}

/** Clicks an order action, fills the dialog's text field if given, and confirms. */
export async function performAction(
  page: Page,
  action: { button: string; dialog: string; confirm: string; field?: { label: string; value: string } },
): Promise<void> {
  await page.getByRole("button", { name: action.button, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: action.dialog });
  await expect(dialog).toBeVisible();
  if (action.field) await dialog.getByLabel(action.field.label).fill(action.field.value);
  await dialog.getByRole("button", { name: action.confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
}

export async function submitPaymentProof(
  page: Page,
  proof: { transactionId: string; amount?: string; payerName?: string },
): Promise<void> {
  await page.getByLabel("Transaction ID").fill(proof.transactionId);
  if (proof.amount !== undefined) await page.getByLabel("Amount sent").fill(proof.amount);
  if (proof.payerName !== undefined) await page.getByLabel("Payer name").fill(proof.payerName);
  await page.getByRole("button", { name: "Submit payment proof" }).click();
}

export async function publishReview(page: Page, review: { stars: number; comment: string }): Promise<void> {
  const reviews = page.getByRole("region", { name: "Reviews" });
  await reviews.getByRole("radio", { name: review.stars === 1 ? "1 star" : `${review.stars} stars` }).check();
  await reviews.getByLabel("Comment (optional)").fill(review.comment);
  await reviews.getByRole("button", { name: "Publish review" }).click();
  await expect(reviews.getByRole("status")).toHaveText("Thank you! Your review is published.");
}
