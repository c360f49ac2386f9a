// The steps of the auth pages, written against the selector contract with the web app (accessible names only).
import { expect, type Page } from "@playwright/test";
import { queryRows } from "./database.ts";
import type { NewUser } from "./users.ts";

/**
 * Signs up through the page and then marks the address verified straight in the database: these
 * stories are about other things (publishing a gig needs a verified email), and the verification
 * mail itself is followed for real in account-recovery.spec.ts. `verified: false` keeps the
 * account as a new sign-up leaves it.
 */
export async function signUp(page: Page, user: NewUser, { verified = true } = {}): Promise<void> {
  await fillSignUp(page, user);
  await expect(page).toHaveURL("/dashboard");
  if (!verified) return;
  await queryRows("UPDATE users SET email_verified = true WHERE email = $1", [user.email.toLowerCase()]);
  // The dashboard was rendered before; load it again so the page shows the account as it now is.
  await page.reload();
}

export async function fillSignUp(page: Page, user: NewUser): Promise<void> {
  await page.goto("/auth/sign-up");
  await page.getByLabel("Full name", { exact: true }).fill(user.fullName);
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Fills in the sign-in form of the current page (which may carry a ?next= destination). */
export async function signInHere(page: Page, user: Pick<NewUser, "email" | "password">): Promise<void> {
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL("/auth/sign-in");
}

export function welcomeHeading(page: Page, fullName: string) {
  return page.getByRole("heading", { level: 1, name: `Welcome, ${fullName}` });
}
