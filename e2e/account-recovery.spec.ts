// Account mail followed for real (DESIGN §11): the web queues it in email_outbox, the API sends it to the test
// inbox (maildev), and the person opens the link from the mail. Other specs mark their sign-ups verified by SQL.
import type { BrowserContext, Page } from "@playwright/test";
import { testEnvironment } from "../scripts/test-env.ts";
import { fillSignUp, signInHere, signUp } from "./support/auth-pages.ts";
import { linkStartingWith, waitForMail } from "./support/mailbox.ts";
import { uniqueUser } from "./support/users.ts";
import { analyzeSettled } from "./support/axe.ts";
import { expect, test } from "./support/test.ts";

const BASE_URL = testEnvironment.BETTER_AUTH_URL;

async function accessCookieOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === "access_token");
  expect(cookie, "the access cookie").toBeDefined();
  return cookie?.value ?? "";
}

/** What the API says to a request carrying only this access token (no browser involved). */
async function meStatusWith(token: string): Promise<number> {
  const response = await fetch(`${BASE_URL}/api/v1/users/me`, { headers: { cookie: `access_token=${token}` } });
  return response.status;
}

function verifyBanner(page: Page) {
  return page.getByRole("region", { name: "Verify your email address" });
}

test("a person who forgot their password resets it from the mailed link, and every old session ends", async ({
  browser,
  page,
}) => {
  const user = uniqueUser();
  const newPassword = `${user.password}-renewed`;

  // Another device that stays signed in throughout: its token must stop working at the reset.
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  let oldToken = "";

  await test.step("an account signed in on another device", async () => {
    await signUp(otherPage, user);
    oldToken = await accessCookieOf(otherDevice);
    expect(await meStatusWith(oldToken)).toBe(200);
  });

  await test.step("sign-in offers “Forgot password?” and the request never says whether the account exists", async () => {
    await page.goto("/auth/sign-in");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page).toHaveURL("/auth/forgot-password");
    await page.getByLabel("Email", { exact: true }).fill(user.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "If an account exists for" })).toBeVisible();
  });

  await test.step("the mail arrives; its link opens the reset page", async () => {
    const mail = await waitForMail(user.email, /password/i);
    await page.goto(linkStartingWith(mail, `${BASE_URL}/api/auth/reset-password/`));
    await expect(page).toHaveURL(/\/auth\/reset-password\?token=/);
    await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  });

  await test.step("a common password is refused; a good one is saved", async () => {
    await page.getByLabel("New password", { exact: true }).fill("password123");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByText("This password is too easy to guess")).toBeVisible();
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page).toHaveURL("/auth/sign-in?reset=done");
    await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();
  });

  await test.step("the token issued before the reset is refused by the API", async () => {
    expect(await meStatusWith(oldToken)).toBe(401);
    await otherPage.goto("/dashboard");
    await expect(otherPage).toHaveURL(/\/auth\/sign-in/);
  });

  await test.step("the old password no longer works; the new one does", async () => {
    await signInHere(page, user);
    await expect(page.getByRole("alert").filter({ hasText: "Incorrect email or password." })).toBeVisible();
    await signInHere(page, { email: user.email, password: newPassword });
    await expect(page).toHaveURL("/dashboard");
    expect(await meStatusWith(await accessCookieOf(page.context()))).toBe(200);
  });

  await test.step("the mailed link works once", async () => {
    const mail = await waitForMail(user.email, /password/i);
    await page.goto(linkStartingWith(mail, `${BASE_URL}/api/auth/reset-password/`));
    await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
  });

  await otherDevice.close();
});

test("a newcomer verifies their email address from the mailed link, and the banner goes away", async ({ page }) => {
  const user = uniqueUser();

  await test.step("sign up: every signed-in page asks to verify the address", async () => {
    await fillSignUp(page, user);
    await expect(page).toHaveURL("/dashboard");
    await expect(verifyBanner(page)).toContainText(user.email);
  });

  await test.step("publishing a gig waits for a verified address", async () => {
    const response = await page.request.post("/api/v1/gigs", {
      data: {
        title: "I will verify first",
        description: "A gig that cannot be published yet.",
        price: "10.00",
        delivery_days: 3,
        category: "web-apps",
      },
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ code: "email_not_verified" });
  });

  await test.step("“Resend link” sends another and says so", async () => {
    await verifyBanner(page).getByRole("button", { name: "Resend link" }).click();
    await expect(verifyBanner(page).getByRole("status")).toContainText("Sent.");
  });

  await test.step("the mail's link verifies the address", async () => {
    const mail = await waitForMail(user.email, /verif|confirm/i);
    const link = linkStartingWith(mail, `${BASE_URL}/api/auth/verify-email`);
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Your email address is verified" })).toBeVisible();

    await page.getByRole("link", { name: "Go to your dashboard" }).click();
    await expect(page).toHaveURL("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${user.fullName}` })).toBeVisible();
    await expect(verifyBanner(page)).toHaveCount(0);

    // Followed a second time, the link says it has done its work.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Already verified" })).toBeVisible();
  });
});

test("a signed-in person changes their password on /settings/account and other devices are signed out", async ({
  browser,
  page,
}) => {
  const user = uniqueUser();
  const newPassword = `${user.password}-changed`;
  await signUp(page, user);

  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await otherPage.goto("/auth/sign-in");
  await signInHere(otherPage, user);
  await expect(otherPage).toHaveURL("/dashboard");
  const otherToken = await accessCookieOf(otherDevice);

  await test.step("a wrong current password is refused next to the field", async () => {
    await page.goto("/settings/account");
    await page.getByLabel("Current password", { exact: true }).fill("not my password");
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Your current password is not correct.")).toBeVisible();
  });

  await test.step("the right one changes it; this device stays signed in", async () => {
    await page.getByLabel("Current password", { exact: true }).fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();
    expect(await meStatusWith(await accessCookieOf(page.context()))).toBe(200);
    await page.reload();
    await expect(page).toHaveURL("/settings/account");
  });

  await test.step("the other device's token is refused", async () => {
    expect(await meStatusWith(otherToken)).toBe(401);
    await otherPage.goto("/dashboard");
    await expect(otherPage).toHaveURL(/\/auth\/sign-in/);
  });

  await otherDevice.close();
});

test("the account pages are accessible and fit a phone, the banner included", async ({ page }) => {
  test.setTimeout(120_000);
  const paths = [
    "/auth/forgot-password",
    "/auth/reset-password",
    "/auth/reset-password?error=INVALID_TOKEN",
    "/auth/reset-password?token=not-checked-until-sent",
    "/auth/verify-email?status=verified",
    "/auth/verify-email?status=verified&error=TOKEN_EXPIRED",
    "/dashboard",
    "/settings/account",
  ];
  await fillSignUp(page, uniqueUser()); // unverified: the banner is on every signed-in page
  await expect(page).toHaveURL("/dashboard");
  const found: string[] = [];
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await analyzeSettled(page);
      for (const violation of violations) {
        if (violation.impact === "serious" || violation.impact === "critical") {
          found.push(
            `${path} [${viewport.width}] ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
          );
        }
      }
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      if (sideways) found.push(`${path} [${viewport.width}] scrolls sideways`);
    }
  }
  expect(found).toEqual([]);
});
