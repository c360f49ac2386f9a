/**
 * Issue 10 on a real database: per-address limits that a forged X-Forwarded-For cannot dodge, the
 * per-account sign-in limit, revocation on refresh (tokens_valid_after, retired sessions, absolute
 * lifetime), sign-out retiring its session, and sign-up refusing an unsafe image.
 */
import type { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { mintAccessToken, verifyAccessToken } from "../access-token";
import { ACCOUNT_LOCKED_MESSAGE, accountSignInKey } from "../account-sign-in-limit";
import type { Auth } from "../create-auth";
import { rateLimitRulesFor } from "../rate-limit-rules";
import {
  authPost,
  createTestAuth,
  findCookie,
  openTestPool,
  runDatabaseTests,
  TEST_JWT_SECRET,
  TEST_PASSWORD as PASSWORD,
  uniqueEmail,
} from "./auth-test-client";

function randomAddress(): string {
  const octet = () => String(Math.floor(Math.random() * 250) + 1);
  return `10.${octet()}.${octet()}.${octet()}`;
}

describe.skipIf(!runDatabaseTests)("auth hardening on PostgreSQL", () => {
  let pool: Pool;
  /** Production's per-address limits. */
  let strict: Auth;
  /** Roomy per-address limits, so only the per-account limit and revocation decide. */
  let roomy: Auth;
  const createdEmails: string[] = [];
  const usedKeys: string[] = [];

  beforeAll(() => {
    pool = openTestPool();
    strict = createTestAuth(pool, rateLimitRulesFor("production"));
    roomy = createTestAuth(pool, {
      "/sign-up/email": { window: 60, max: 1000 },
      "/sign-in/email": { window: 60, max: 1000 },
    });
  });

  afterAll(async () => {
    await pool.query("DELETE FROM users WHERE email = ANY($1)", [createdEmails]);
    await pool.query("DELETE FROM rate_limits WHERE key LIKE ANY($1)", [
      usedKeys.map((key) => `${key}%`),
    ]);
    await pool.end();
  });

  async function signUp(auth: Auth, options: { ip?: string; image?: unknown } = {}) {
    const email = uniqueEmail("harden");
    createdEmails.push(email);
    usedKeys.push(accountSignInKey(email));
    const ip = options.ip ?? randomAddress();
    usedKeys.push(ip);
    const body: Record<string, unknown> = { email, password: PASSWORD, name: "Harden User" };
    if (options.image !== undefined) body.image = options.image;
    const response = await authPost(auth, "/sign-up/email", body, { ip });
    return { email, response, token: findCookie(response, "access_token")?.value ?? "" };
  }

  describe("per-address limits ignore a forged X-Forwarded-For", () => {
    it("answers the 11th and 12th sign-in from one socket 429, whatever the header says", async () => {
      const ip = randomAddress();
      usedKeys.push(ip);
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1) {
        const response = await authPost(
          strict,
          "/sign-in/email",
          { email: uniqueEmail("nobody"), password: "wrong-password" },
          { ip, forwardedFor: `198.18.${String(i)}.7` },
        );
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 10)).toEqual(Array<number>(10).fill(401));
      expect(statuses.slice(10)).toEqual([429, 429]);
    });

    it("answers the 6th and 7th sign-up from one socket 429, whatever the header says", async () => {
      const ip = randomAddress();
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        const email = uniqueEmail("flood");
        createdEmails.push(email);
        usedKeys.push(accountSignInKey(email));
        const response = await authPost(
          strict,
          "/sign-up/email",
          { email, password: PASSWORD, name: "Flood" },
          { ip, forwardedFor: `198.19.${String(i)}.9` },
        );
        statuses.push(response.status);
      }
      usedKeys.push(ip);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    });

    it("trusts x-forwarded-for only as far as TRUSTED_PROXY_COUNT proxies vouch", async () => {
      const statuses: number[] = [];
      const proxy = { trustedProxyCount: 1, clientIpHeader: undefined };
      const client = randomAddress();
      usedKeys.push(client);
      for (let i = 0; i < 11; i += 1) {
        const response = await authPost(
          strict,
          "/sign-in/email",
          { email: uniqueEmail("nobody"), password: "wrong-password" },
          // The client's forged hop on the left, the address our proxy saw on the right.
          { ip: randomAddress(), forwardedFor: `203.0.113.${String(i)}, ${client}`, policy: proxy },
        );
        statuses.push(response.status);
      }
      expect(statuses.at(-1)).toBe(429);
    });
  });

  describe("per-account sign-in limit", () => {
    it("refuses the 11th wrong password for one email from many addresses, then even the right one", async () => {
      const { email } = await signUp(roomy);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i += 1) {
        const response = await authPost(
          roomy,
          "/sign-in/email",
          { email, password: `wrong-password-${String(i)}` },
          { ip: randomAddress() },
        );
        statuses.push(response.status);
        if (i === 10)
          expect(await response.json()).toMatchObject({ message: ACCOUNT_LOCKED_MESSAGE });
      }
      expect(statuses).toEqual([...Array<number>(10).fill(401), 429]);

      const right = await authPost(
        roomy,
        "/sign-in/email",
        { email: email.toUpperCase(), password: PASSWORD },
        { ip: randomAddress() },
      );
      expect(right.status).toBe(429);
    });

    it("counts concurrent guesses atomically", async () => {
      const { email } = await signUp(roomy);
      const responses = await Promise.all(
        Array.from({ length: 15 }, () =>
          authPost(
            roomy,
            "/sign-in/email",
            { email, password: "nope-nope-nope" },
            { ip: randomAddress() },
          ),
        ),
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 401)).toHaveLength(10);
      expect(statuses.filter((status) => status === 429)).toHaveLength(5);
    });

    it("lets a successful sign-in clear the failures", async () => {
      const { email } = await signUp(roomy);
      for (let i = 0; i < 5; i += 1) {
        await authPost(roomy, "/sign-in/email", { email, password: "nope-nope-nope" });
      }
      const ok = await authPost(roomy, "/sign-in/email", { email, password: PASSWORD });
      expect(ok.status).toBe(200);
      const count = await pool.query("SELECT 1 FROM rate_limits WHERE key = $1", [
        accountSignInKey(email),
      ]);
      expect(count.rowCount).toBe(0);
    });
  });

  describe("revocation on refresh", () => {
    async function refresh(token: string) {
      return authPost(roomy, "/token/refresh", {}, { cookie: `access_token=${token}` });
    }

    it("keeps auth_time across a refresh", async () => {
      const { token } = await signUp(roomy);
      const first = await verifyAccessToken(token, TEST_JWT_SECRET);
      const refreshed = await refresh(token);
      expect(refreshed.status).toBe(200);
      const again = await verifyAccessToken(
        findCookie(refreshed, "access_token")?.value ?? "",
        TEST_JWT_SECRET,
      );
      expect(again?.auth_time).toBe(first?.auth_time);
    });

    it("refuses a token issued before tokens_valid_after (to the second) and clears the cookie", async () => {
      const { email, token } = await signUp(roomy);
      const claims = await verifyAccessToken(token, TEST_JWT_SECRET);
      // Later within the same second as iat: still valid (floor), a second later: refused.
      await pool.query(
        "UPDATE users SET tokens_valid_after = to_timestamp($2 + 0.9) WHERE email = $1",
        [email, claims?.iat],
      );
      expect((await refresh(token)).status).toBe(200);
      await pool.query(
        "UPDATE users SET tokens_valid_after = to_timestamp($2 + 1) WHERE email = $1",
        [email, claims?.iat],
      );
      const refused = await refresh(token);
      expect(refused.status).toBe(401);
      expect(findCookie(refused, "access_token")?.attributes.get("max-age")).toBe("0");
    });

    it("refuses a session older than SESSION_MAX_AGE_DAYS", async () => {
      const { token } = await signUp(roomy);
      const claims = await verifyAccessToken(token, TEST_JWT_SECRET);
      if (!claims) throw new Error("no claims");
      const now = Math.floor(Date.now() / 1000);
      const subject = { id: claims.sub, email: claims.email, is_admin: false };
      const sixDays = await mintAccessToken(subject, TEST_JWT_SECRET, now, now - 6 * 86_400);
      expect((await refresh(sixDays.token)).status).toBe(200);
      const eightDays = await mintAccessToken(subject, TEST_JWT_SECRET, now, now - 8 * 86_400);
      expect((await refresh(eightDays.token)).status).toBe(401);
    });

    it("sign-out retires the session: a refresh that raced ahead is refused afterwards", async () => {
      const { token } = await signUp(roomy);
      const claims = await verifyAccessToken(token, TEST_JWT_SECRET);
      const raced = await refresh(token); // answered before sign-out: a fresh cookie
      const racedToken = findCookie(raced, "access_token")?.value ?? "";
      expect(racedToken).toBeTruthy();

      const signedOut = await authPost(roomy, "/sign-out", {}, { cookie: `access_token=${token}` });
      expect(signedOut.status).toBe(200);
      expect(findCookie(signedOut, "access_token")?.attributes.get("max-age")).toBe("0");

      const row = await pool.query<{ lifetime: number }>(
        `SELECT extract(epoch FROM expires_at)::bigint - auth_time AS lifetime
         FROM revoked_sessions WHERE user_id = $1 AND auth_time = $2`,
        [claims?.sub, claims?.auth_time],
      );
      expect(Number(row.rows[0]?.lifetime)).toBe(7 * 86_400 + 1800);

      expect((await refresh(racedToken)).status).toBe(401);
      expect((await refresh(token)).status).toBe(401);
      // Signing out twice is harmless.
      const again = await authPost(roomy, "/sign-out", {}, { cookie: `access_token=${token}` });
      expect(again.status).toBe(200);
    });
  });

  describe("sign-up image", () => {
    it.each([
      ["javascript:alert(1)"],
      ["data:image/png;base64,AAAA"],
      ["not a url"],
      ["   "],
      [`https://example.com/${"a".repeat(2040)}`],
    ])("refuses %j with 400 and stores nothing", async (image) => {
      const { email, response } = await signUp(roomy, { image });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: "INVALID_AVATAR_URL" });
      const row = await pool.query("SELECT 1 FROM users WHERE email = $1", [email]);
      expect(row.rowCount).toBe(0);
    });

    it("refuses an image that is not a string (Better Auth's own body check)", async () => {
      const { response } = await signUp(roomy, { image: 42 });
      expect(response.status).toBe(400);
    });

    it("stores an http(s) URL as the API would: trimmed and normalised", async () => {
      const { email, response } = await signUp(roomy, { image: " https://x/a.png" });
      expect(response.status).toBe(200);
      const row = await pool.query<{ avatar_url: string }>(
        "SELECT avatar_url FROM users WHERE email = $1",
        [email],
      );
      expect(row.rows[0]?.avatar_url).toBe("https://x/a.png");
    });
  });
});
