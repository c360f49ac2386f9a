/// <reference lib="dom" />
// The web app's defences (issue 10): sign-in never sends anyone off-site, one person's broken avatar never breaks a
// page for others, and every page carries a nonce-based Content-Security-Policy and the other security headers.
// (That no page of the whole suite reports a CSP violation is checked by ./support/test.ts, on every test.)
import { signInHere, signOut, signUp, welcomeHeading } from "./support/auth-pages.ts";
import { queryRows } from "./support/database.ts";
import { createGigs, uniqueWord } from "./support/gigs.ts";
import { expect, test } from "./support/test.ts";
import { uniqueUser } from "./support/users.ts";

test("sign-in with a crafted ?next= lands on the app, never on another site", async ({ page }) => {
  const user = uniqueUser();
  await signUp(page, user);
  await signOut(page);
  // The reported bypass: "/.//evil.example/phish" is a same-origin path until its dot segment is resolved.
  await page.goto("/auth/sign-in?next=%2F.%2F%2Fevil.example%2Fphish");
  await signInHere(page, user);
  await expect(page).toHaveURL("/dashboard");
  await expect(welcomeHeading(page, user.fullName)).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL ?? page.url()).host);

  // A safe destination is still honoured.
  await signOut(page);
  await page.goto(`/auth/sign-in?next=${encodeURIComponent("/orders/../settings/profile")}`);
  await signInHere(page, user);
  await expect(page).toHaveURL("/settings/profile");
});

test("a stored avatar URL that is not http(s) shows initials, and the pages that list its owner still work", async ({
  page,
  browser,
}) => {
  const freelancer = uniqueUser();
  const word = uniqueWord();
  await signUp(page, freelancer);
  const [user] = await queryRows<{ id: string }>(
    "UPDATE users SET email_verified = true WHERE email = $1 RETURNING id",
    [freelancer.email],
  );
  if (!user) throw new Error("the freelancer was not stored");
  await createGigs(page.request, [
    {
      title: `Broken avatar ${word}`,
      description: `A ${word} gig whose seller has a bad avatar.`,
      price: "30.00",
      delivery_days: 2,
    },
  ]);

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  // First letters of the first and last word of the name ("Test User mx5…-81ab…" → "TM").
  const words = freelancer.fullName.split(" ");
  const initials = `${words[0]?.[0] ?? ""}${words.at(-1)?.[0] ?? ""}`.toUpperCase();
  for (const badUrl of ["javascript:alert(1)", " https://x.example/a.png", "not a url"]) {
    // Written straight into the database, as an old row or another path might have left it.
    await queryRows("UPDATE users SET avatar_url = $1 WHERE id = $2", [badUrl, user.id]);

    await visitor.goto(`/gigs?q=${word}`);
    await expect(visitor.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
    const card = visitor.getByRole("article").filter({ hasText: `Broken avatar ${word}` });
    await expect(card.or(visitor.getByText(`Broken avatar ${word}`)).first()).toBeVisible();

    await visitor.goto(`/users/${user.id}`);
    await expect(visitor.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
    await expect(visitor.getByRole("heading", { level: 1, name: freelancer.fullName })).toBeVisible();
    await expect(visitor.locator('main [aria-hidden="true"]', { hasText: initials }).first()).toBeVisible();
    await expect(visitor.locator(`img[src="${badUrl.trim()}"]`)).toHaveCount(0);
  }
  await visitorContext.close();
});

test("every page carries a nonce-based Content-Security-Policy and the security headers", async ({ page }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/gigs", "/auth/sign-in", "/auth/sign-up"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const headers = response?.headers() ?? {};
    const policy = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
    expect(nonce, `${path}: ${policy}`).toBeTruthy();
    nonces.add(nonce ?? "");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toMatch(/connect-src 'self' ws:\/\/localhost:\d+/);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"], "HSTS is for production only").toBeUndefined();
    // Next.js put this request's nonce on every script tag it rendered. (Chunks loaded later are added by those
    // scripts and trusted through 'strict-dynamic', so only the server's HTML is checked.)
    const scriptTags = (await response?.text())?.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length, path).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size, "a fresh nonce for every response").toBe(4);

  // The API behind the rewrite still answers (the proxy leaves /api/* alone).
  const health = await page.request.get("/api/v1/gigs?limit=1");
  expect(health.status()).toBe(200);
});
