// Admin stories: how a test gets an admin (there is no UI for it, by design) and the steps of the /admin pages.
import { expect, type Browser, type Page } from "@playwright/test";
import { signUp } from "./auth-pages.ts";
import { queryRows } from "./database.ts";
import { uniqueUser, type NewUser } from "./users.ts";

export interface Person {
  user: NewUser;
  page: Page;
}

/** Someone with their own browser context (their own cookie), signed up through the UI. */
export async function signUpPerson(browser: Browser): Promise<Person> {
  const page = await (await browser.newContext()).newPage();
  const user = uniqueUser();
  await signUp(page, user);
  return { user, page };
}

/**
 * Signs someone up, then makes them an admin in the database, as `make admin` does. The API reads admin rights from
 * the users row on every request, so their current token works for /admin at once.
 */
export async function signUpAdmin(browser: Browser): Promise<Person> {
  const admin = await signUpPerson(browser);
  const rows = await queryRows("UPDATE users SET is_admin = true WHERE email = $1 RETURNING id", [admin.user.email]);
  expect(rows).toHaveLength(1);
  return admin;
}

/** Finds a user on /admin/users by email and bans them through the dialog. */
export async function banUser(page: Page, user: NewUser, reason: string): Promise<void> {
  await page.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  await page.getByRole("button", { name: `Ban ${user.fullName}`, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Ban ${user.fullName}?` });
  await dialog.getByLabel("Reason").fill(reason);
  await dialog.getByRole("button", { name: "Ban user", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `${user.fullName} is banned.` })).toBeVisible();
}

/** The row of `user` in the users table. */
export function userRow(page: Page, user: NewUser) {
  return page.getByRole("region", { name: "Users" }).getByRole("row").filter({ hasText: user.email });
}
