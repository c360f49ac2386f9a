// Missing things answer with a real 404 status (search engines and uptime monitors read the status, not the page),
// with their own not-found page inside exactly one <main> landmark.
import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { signUpPerson } from "./support/admin.ts";
import { expect, test } from "./support/test.ts";

async function expectNotFound(page: Page, path: string, heading: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers 404`).toBe(404);
  await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  await expect(page.locator("main"), `${path} has one <main>`).toHaveCount(1);
}

test("missing gigs and profiles answer 404 to visitors", async ({ page }) => {
  await expectNotFound(page, `/gigs/${crypto.randomUUID()}`, "Gig not found");
  await expectNotFound(page, `/users/${crypto.randomUUID()}`, "Profile not found");
  await expectNotFound(page, `/no-such-page-${crypto.randomUUID()}`, "Page not found");
});

test("a member's missing order, conversation, gig and the admin area answer 404 with one main landmark", async ({
  browser,
}) => {
  const { page } = await signUpPerson(browser);
  await expectNotFound(page, `/orders/${crypto.randomUUID()}`, "Order not found");
  await expectNotFound(page, `/messages/${crypto.randomUUID()}`, "Person not found");
  await expectNotFound(page, `/gigs/${crypto.randomUUID()}`, "Gig not found");
  await expectNotFound(page, `/users/${crypto.randomUUID()}`, "Profile not found");
  // Not an admin: the admin area does not exist for them.
  await expectNotFound(page, "/admin", "Page not found");
  await expectNotFound(page, "/admin/users", "Page not found");
});
