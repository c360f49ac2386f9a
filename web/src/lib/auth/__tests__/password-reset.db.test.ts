/**
 * Password reset on a real database (DESIGN §11): no account enumeration (same status, body and
 * time for known and unknown addresses; mail only for the known one), a single-use 60-minute link,
 * and a reset that revokes every token issued before it.
 */
import type { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyAccessToken } from "../access-token";
import type { Auth } from "../create-auth";
import { PASSWORD_RESET_FLOOR_MS, passwordResetKey } from "../password-reset-plugin";
import {
  authGet,
  authPost,
  createTestAuth,
  findCookie,
  openTestPool,
  randomAddress,
  ROOMY_RULES,
  runDatabaseTests,
  TEST_BASE_URL,
  TEST_JWT_SECRET,
  TEST_PASSWORD as PASSWORD,
  uniqueEmail,
} from "./auth-test-client";

const NEW_PASSWORD = "a brand new passphrase";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

describe.skipIf(!runDatabaseTests)("password reset on PostgreSQL", () => {
  let pool: Pool;
  let auth: Auth;
  const createdEmails: string[] = [];

  beforeAll(() => {
    pool = openTestPool();
    auth = createTestAuth(pool, ROOMY_RULES);
  });

  afterAll(async () => {
    await pool.query("DELETE FROM email_outbox WHERE to_address = ANY($1)", [createdEmails]);
    await pool.query("DELETE FROM users WHERE email = ANY($1)", [createdEmails]);
    await pool.query("DELETE FROM rate_limits WHERE key = ANY($1)", [
      createdEmails.map(passwordResetKey),
    ]);
    await pool.end();
  });

  async function signUp() {
    const email = uniqueEmail("reset");
    createdEmails.push(email);
    const response = await authPost(
      auth,
      "/sign-up/email",
      { email, password: PASSWORD, name: "Reset User" },
      { ip: randomAddress() },
    );
    expect(response.status).toBe(200);
    return { email, token: findCookie(response, "access_token")?.value ?? "" };
  }

  function requestReset(email: string, ip = randomAddress()) {
    return authPost(
      auth,
      "/request-password-reset",
      { email, redirectTo: "/auth/reset-password" },
      { ip },
    );
  }

  async function resetMails(email: string) {
    const rows = await pool.query<{ kind: string; payload: { url: string; name: string } }>(
      "SELECT kind, payload FROM email_outbox WHERE to_address = $1 AND kind = 'password_reset' ORDER BY id",
      [email],
    );
    return rows.rows;
  }

  it("answers a known and an unknown address alike, and mails only the known one", async () => {
    const { email: known } = await signUp();
    const unknown = uniqueEmail("nobody");
    createdEmails.push(unknown);

    const knownResponse = await requestReset(known);
    const unknownResponse = await requestReset(unknown);
    expect(knownResponse.status).toBe(200);
    expect(unknownResponse.status).toBe(knownResponse.status);
    expect(await unknownResponse.text()).toBe(await knownResponse.text());

    const mails = await resetMails(known);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.payload.name).toBe("Reset User");
    expect(mails[0]?.payload.url).toMatch(
      new RegExp(
        `^${TEST_BASE_URL}/api/auth/reset-password/[^/?]+\\?callbackURL=%2Fauth%2Freset-password$`,
      ),
    );
    expect(await resetMails(unknown)).toHaveLength(0);
  });

  it("takes the same time for a known and an unknown address (a fixed floor)", async () => {
    const { email: known } = await signUp();
    const timings = { known: [] as number[], unknown: [] as number[] };
    for (let round = 0; round < 10; round += 1) {
      // A fresh unknown address and a reset per round for the known one, alternating.
      const unknown = uniqueEmail("ghost");
      for (const [label, email] of [
        ["known", known],
        ["unknown", unknown],
      ] as const) {
        await pool.query("DELETE FROM rate_limits WHERE key = $1", [passwordResetKey(email)]);
        const started = performance.now();
        const response = await requestReset(email);
        timings[label].push(performance.now() - started);
        expect(response.status).toBe(200);
      }
      await pool.query("DELETE FROM rate_limits WHERE key = $1", [passwordResetKey(unknown)]);
    }
    for (const samples of [timings.known, timings.unknown]) {
      expect(Math.min(...samples)).toBeGreaterThanOrEqual(PASSWORD_RESET_FLOOR_MS - 5);
    }
    // Both sit on the floor: what a known address costs more is hidden below it.
    expect(Math.abs(median(timings.known) - median(timings.unknown))).toBeLessThan(40);
  });

  it("limits requests per address, known or not, with the same 429", async () => {
    const { email: known } = await signUp();
    const unknown = uniqueEmail("limited");
    createdEmails.push(unknown);
    for (const email of [known, unknown]) {
      const statuses: number[] = [];
      // A new client address each time: this is the per-address-asked-for limit.
      for (let i = 0; i < 4; i += 1) statuses.push((await requestReset(email)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    }
    const knownBody = (await (await requestReset(known)).json()) as Record<string, unknown>;
    const unknownBody = (await (await requestReset(unknown)).json()) as Record<string, unknown>;
    expect(knownBody).toEqual(unknownBody);
    expect(knownBody).toMatchObject({ code: "PASSWORD_RESET_LIMITED" });
    expect(await resetMails(known)).toHaveLength(3);
  });

  it("resets once through the mailed link, and revokes every token issued before", async () => {
    const { email, token: oldToken } = await signUp();
    await requestReset(email);
    const [mail] = await resetMails(email);
    const link = new URL(mail?.payload.url ?? "");

    // The mailed link checks the token, then lands on our page with it.
    const landing = await authGet(auth, `${link.pathname.replace("/api/auth", "")}${link.search}`);
    expect(landing.status).toBe(302);
    const landed = new URL(landing.headers.get("location") ?? "", TEST_BASE_URL);
    expect(landed.pathname).toBe("/auth/reset-password");
    const resetToken = landed.searchParams.get("token") ?? "";
    expect(resetToken).not.toBe("");

    const common = await authPost(auth, "/reset-password", {
      token: resetToken,
      newPassword: "password123",
    });
    expect(common.status).toBe(400);
    expect(await common.json()).toMatchObject({ code: "PASSWORD_TOO_COMMON" });

    const reset = await authPost(auth, "/reset-password", {
      token: resetToken,
      newPassword: NEW_PASSWORD,
    });
    expect(reset.status).toBe(200);
    expect(await pool.query("SELECT 1 FROM sessions")).toMatchObject({ rowCount: 0 });

    const row = await pool.query<{ tokens_valid_after: Date }>(
      "SELECT tokens_valid_after FROM users WHERE email = $1",
      [email],
    );
    const validAfter = row.rows[0]?.tokens_valid_after;
    const oldClaims = await verifyAccessToken(oldToken, TEST_JWT_SECRET);
    expect(validAfter).toBeInstanceOf(Date);
    // The API's rule: iat < floor(tokens_valid_after) is refused.
    expect(oldClaims?.iat).toBeLessThan(Math.floor((validAfter?.getTime() ?? 0) / 1000));
    const refused = await authPost(
      auth,
      "/token/refresh",
      {},
      { cookie: `access_token=${oldToken}` },
    );
    expect(refused.status).toBe(401);

    // Single use: the same token again, and the mailed link again.
    const again = await authPost(auth, "/reset-password", {
      token: resetToken,
      newPassword: "yet another passphrase",
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: "INVALID_TOKEN" });
    const usedLink = await authGet(auth, `${link.pathname.replace("/api/auth", "")}${link.search}`);
    expect(usedLink.headers.get("location")).toBe(
      `${TEST_BASE_URL}/auth/reset-password?error=INVALID_TOKEN`,
    );

    const ip = randomAddress();
    const oldPassword = await authPost(
      auth,
      "/sign-in/email",
      { email, password: PASSWORD },
      { ip },
    );
    expect(oldPassword.status).toBe(401);
    // Signing in at once (the same second as the reset) still yields a token that counts.
    const signIn = await authPost(
      auth,
      "/sign-in/email",
      { email, password: NEW_PASSWORD },
      { ip },
    );
    expect(signIn.status).toBe(200);
    const fresh = findCookie(signIn, "access_token")?.value ?? "";
    const refreshed = await authPost(
      auth,
      "/token/refresh",
      {},
      { cookie: `access_token=${fresh}` },
    );
    expect(refreshed.status).toBe(200);
  });

  it("refuses an expired reset token like a used one", async () => {
    const { email } = await signUp();
    await requestReset(email);
    const [mail] = await resetMails(email);
    const token = new URL(mail?.payload.url ?? "").pathname.split("/").at(-1) ?? "";
    await pool.query(
      "UPDATE verifications SET expires_at = now() - interval '1 minute' WHERE identifier = $1",
      [`reset-password:${token}`],
    );
    const landing = await authGet(
      auth,
      `/reset-password/${token}?callbackURL=%2Fauth%2Freset-password`,
    );
    expect(landing.headers.get("location")).toBe(
      `${TEST_BASE_URL}/auth/reset-password?error=INVALID_TOKEN`,
    );
    const reset = await authPost(auth, "/reset-password", { token, newPassword: NEW_PASSWORD });
    expect(reset.status).toBe(400);
    const row = await pool.query<{ tokens_valid_after: Date | null }>(
      "SELECT tokens_valid_after FROM users WHERE email = $1",
      [email],
    );
    expect(row.rows[0]?.tokens_valid_after).toBeNull();
  });
});
