import { expect, test } from "./support/test.ts";
import { signInHere, signUp } from "./support/auth-pages.ts";
import { uniqueUser } from "./support/users.ts";

// Issue 10 item 5: a token refresh racing "Sign out" must never leave the person signed in. Sign-out retires the
// session's auth_time, so even a cookie a racing refresh set afterwards is refused by the API and by the refresh.
test("signing out wins every race with a token refresh", async ({ page }) => {
  const user = uniqueUser();
  await signUp(page, user);

  for (let round = 1; round <= 8; round += 1) {
    await test.step(`round ${String(round)}: refresh and sign out at once`, async () => {
      if (round > 1) {
        await page.goto("/auth/sign-in");
        await signInHere(page, user);
        await expect(page).toHaveURL("/dashboard");
      }
      // Sent from the page, so it carries the page's cookie and Origin; the sign-out's navigation may end the page's
      // context before the answer comes back, which is fine: the request has gone out either way.
      const refresh = page
        .evaluate(() =>
          fetch("/api/auth/token/refresh", { method: "POST", credentials: "same-origin" }).then((r) => r.status),
        )
        .catch(() => "navigated away");
      await page.getByRole("button", { name: "Sign out", exact: true }).click();
      await refresh;
      // The sign-in page, possibly with ?next= when a call on the dashboard was refused first.
      await expect(page).toHaveURL(/\/auth\/sign-in(\?|$)/);

      // From the page, so the browser sends its Origin as the keep-alive does.
      const refreshAfter = await page.evaluate(() =>
        fetch("/api/auth/token/refresh", { method: "POST", credentials: "same-origin" }).then((r) => r.status),
      );
      expect(refreshAfter).toBe(401);
      // Needs the API's half of the contract: it refuses a (sub, auth_time) listed in revoked_sessions.
      expect((await page.request.get("/api/v1/users/me")).status()).toBe(401);
      await page.goto("/");
      await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    });
  }
});
