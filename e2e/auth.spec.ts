import { testEnvironment } from "../scripts/test-env.ts";
import { signInHere, signOut, signUp, welcomeHeading } from "./support/auth-pages.ts";
import { countRows, queryRows } from "./support/database.ts";
import { verifyHs256 } from "./support/jwt.ts";
import { uniqueUser } from "./support/users.ts";
import { expect, test } from "./support/test.ts";

const ACCESS_TOKEN_LIFETIME_SECONDS = 1800;

test("a newcomer signs up, stays signed in, edits the profile, signs out and signs back in", async ({ page }) => {
  const user = uniqueUser();

  await test.step("sign up and land on the dashboard, greeted by name", async () => {
    await signUp(page, user);
    await expect(welcomeHeading(page, user.fullName)).toBeVisible();
    await expect(page.getByText(user.email)).toBeVisible();
  });

  await test.step("a reload keeps the session", async () => {
    await page.reload();
    await expect(page).toHaveURL("/dashboard");
    await expect(welcomeHeading(page, user.fullName)).toBeVisible();
  });

  const edited = {
    fullName: `${user.fullName} Edited`,
    bio: "Designer and front-end developer who ships accessible interfaces.",
    avatarUrl: "https://example.com/avatars/e2e.png",
    paymentInstructions: "Bank transfer to IBAN DE89 3704 0044 0532 0130 00; put the order reference in the note.",
  };

  await test.step("edit the profile", async () => {
    await page.goto("/settings/profile");
    // The form can take its loaded values after a first fill (hydration), which then lands appended to the
    // old name: fill until the field holds exactly what was typed.
    const fillExactly = async (label: string, value: string) => {
      const field = page.getByLabel(label, { exact: true });
      await expect(async () => {
        await field.fill(value);
        await expect(field).toHaveValue(value, { timeout: 1_000 });
      }).toPass();
    };
    await fillExactly("Full name", edited.fullName);
    await fillExactly("Bio", edited.bio);
    await fillExactly("Avatar URL", edited.avatarUrl);
    await fillExactly("Payment instructions", edited.paymentInstructions);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Profile saved" })).toBeVisible();
  });

  await test.step("the edits were stored", async () => {
    await page.reload();
    await expect(page.getByLabel("Full name", { exact: true })).toHaveValue(edited.fullName);
    await expect(page.getByLabel("Bio", { exact: true })).toHaveValue(edited.bio);
    await expect(page.getByLabel("Avatar URL", { exact: true })).toHaveValue(edited.avatarUrl);
    await expect(page.getByLabel("Payment instructions", { exact: true })).toHaveValue(edited.paymentInstructions);
  });

  await test.step("signed in, the sign-in and sign-up pages lead to the dashboard", async () => {
    await page.goto("/auth/sign-in");
    await expect(page).toHaveURL("/dashboard");
    await page.goto("/auth/sign-up");
    await expect(page).toHaveURL("/dashboard");
    await page.goto("/auth/sign-in?next=%2Fsettings%2Fprofile");
    await expect(page).toHaveURL("/settings/profile");
  });

  await test.step("sign out; the dashboard now sends visitors to sign in", async () => {
    await signOut(page);
    await page.goto("/dashboard");
    await expect(page).toHaveURL("/auth/sign-in?next=%2Fdashboard");
  });

  await test.step("sign in again and return to the dashboard", async () => {
    await signInHere(page, user);
    await expect(page).toHaveURL("/dashboard");
    await expect(welcomeHeading(page, edited.fullName)).toBeVisible();
  });
});

test("sign-up refuses a common password and hints at strength as you type", async ({ page }) => {
  const user = uniqueUser();
  await page.goto("/auth/sign-up");
  await page.getByLabel("Full name", { exact: true }).fill(user.fullName);
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  const password = page.getByLabel("Password", { exact: true });

  await test.step("a listed password reads as too weak, and the account is refused with a reason", async () => {
    await password.fill("password");
    await expect(password).toHaveAccessibleDescription(/Strength: too weak\. This is a heavily used password\./);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(password).toHaveAccessibleDescription(/on a list of common passwords/);
    await expect(page).toHaveURL("/auth/sign-up");
    expect(await countRows("SELECT count(*) FROM users WHERE email = $1", [user.email])).toBe(0);
  });

  await test.step("a passphrase reads as strong and is accepted", async () => {
    await password.fill("violet kettle harbour moonlight");
    await expect(password).toHaveAccessibleDescription(/Strength: very strong\./);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL("/dashboard");
  });
});

test("the session is a stateless HS256 access token in an HttpOnly cookie", async ({ page, context }) => {
  const user = uniqueUser();
  const signedUpAt = Math.floor(Date.now() / 1000);
  await signUp(page, user);

  const cookies = await context.cookies();
  const cookie = cookies.find((candidate) => candidate.name === "access_token");
  expect(cookie, `cookies set: ${cookies.map((c) => c.name).join(", ")}`).toBeDefined();
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: false });
  // Max-Age 1800 (docs/architecture.md), give or take the test's own duration.
  expect(Math.abs(cookie!.expires - (signedUpAt + ACCESS_TOKEN_LIFETIME_SECONDS))).toBeLessThan(120);
  // Better Auth's own session cookie is deleted in the request that creates it.
  expect(cookies.map((c) => c.name).filter((name) => name.includes("session_token"))).toEqual([]);

  const { header, payload } = verifyHs256(cookie!.value, testEnvironment.JWT_SECRET);
  expect(header.alg).toBe("HS256");
  // DESIGN §3's six claims plus the OIDC `auth_time` (the sign-in time, which bounds the session's lifetime).
  expect(Object.keys(payload).sort()).toEqual(["auth_time", "email", "exp", "iat", "is_admin", "role", "sub"]);
  const [row] = await queryRows<{ id: string }>("SELECT id::text AS id FROM users WHERE email = $1", [user.email]);
  expect(payload).toEqual({
    sub: row?.id,
    email: user.email,
    role: "user",
    is_admin: false,
    iat: expect.any(Number),
    exp: (payload.iat as number) + ACCESS_TOKEN_LIFETIME_SECONDS,
    auth_time: payload.iat, // a fresh sign-up: the sign-in is this token's own
  });

  // No session is stored anywhere: not this user's, and none at all once concurrent sign-ups have finished.
  expect(await countRows("SELECT count(*) FROM sessions WHERE user_id = $1", [row?.id])).toBe(0);
  await expect.poll(() => countRows("SELECT count(*) FROM sessions")).toBe(0);
});
