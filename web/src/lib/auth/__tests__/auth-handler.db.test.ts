/**
 * Better Auth against a real, migrated database (TEST_DATABASE_URL, provided by `make test`):
 * sign-up and sign-in leave no session row, bans block sign-in, rate limits are stored in SQL.
 */
import type { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyAccessToken } from "../access-token";
import type { Auth } from "../create-auth";
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

describe.skipIf(!runDatabaseTests)("auth handler on PostgreSQL", () => {
  let pool: Pool;
  let auth: Auth;
  const createdEmails: string[] = [];

  beforeAll(() => {
    pool = openTestPool();
    auth = createTestAuth(pool, {
      "/sign-up/email": { window: 60, max: 1000 },
      "/sign-in/email": { window: 60, max: 3 },
    });
  });

  afterAll(async () => {
    if (createdEmails.length > 0) {
      await pool.query("DELETE FROM users WHERE email = ANY($1)", [createdEmails]);
    }
    await pool.end();
  });

  async function signUp(label: string, ip = "203.0.113.1") {
    const email = uniqueEmail(label);
    createdEmails.push(email);
    const response = await authPost(
      auth,
      "/sign-up/email",
      { email, password: PASSWORD, name: `  ${label} User  ` },
      { ip },
    );
    return { email, response };
  }

  async function sessionRowCount(): Promise<number> {
    const result = await pool.query<{ count: string }>("SELECT count(*) FROM sessions");
    return Number(result.rows[0]?.count);
  }

  it("signs up into our tables, sets the access cookie and keeps no session", async () => {
    const { email, response } = await signUp("signup");
    expect(response.status).toBe(200);

    const body = (await response.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty("token");
    expect(body).toHaveProperty("user");

    const cookie = findCookie(response, "access_token");
    expect(cookie?.value).toBeTruthy();
    const claims = await verifyAccessToken(cookie?.value ?? "", TEST_JWT_SECRET);
    expect(claims).toMatchObject({ email, role: "user", is_admin: false });

    const user = await pool.query<{ id: string; full_name: string; email_verified: boolean }>(
      "SELECT id, full_name, email_verified FROM users WHERE email = $1",
      [email],
    );
    expect(user.rows[0]).toMatchObject({ id: claims?.sub, full_name: "signup User" });

    const account = await pool.query<{ provider_id: string; account_id: string; password: string }>(
      "SELECT provider_id, account_id, password FROM accounts WHERE user_id = $1",
      [claims?.sub],
    );
    expect(account.rows[0]?.provider_id).toBe("credential");
    expect(account.rows[0]?.account_id).toBe(claims?.sub);
    expect(account.rows[0]?.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    expect(await sessionRowCount()).toBe(0);
    // Better Auth's own session cookie must end up expired, never set.
    const betterAuthCookie = findCookie(response, "better-auth.session_token");
    expect(betterAuthCookie?.attributes.get("max-age")).toBe("0");
  });

  it("refuses a second sign-up with the same email with 422", async () => {
    const { email } = await signUp("duplicate");
    const again = await authPost(auth, "/sign-up/email", {
      email,
      password: PASSWORD,
      name: "Again",
    });
    expect(again.status).toBe(422);
    expect(await again.json()).toMatchObject({ code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" });
  });

  it("refuses a common password with 400 PASSWORD_TOO_COMMON and creates no account", async () => {
    const email = uniqueEmail("common");
    createdEmails.push(email);
    for (const password of ["password", "iloveyou1", "devmarket2026"]) {
      const refused = await authPost(auth, "/sign-up/email", { email, password, name: "Common" });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: "PASSWORD_TOO_COMMON" });
    }
    const rows = await pool.query("SELECT 1 FROM users WHERE email = $1", [email]);
    expect(rows.rowCount).toBe(0);
  });

  it("signs in with the right password and keeps no session", async () => {
    const { email } = await signUp("signin");
    const response = await authPost(
      auth,
      "/sign-in/email",
      { email, password: PASSWORD },
      { ip: "203.0.113.20" },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).not.toHaveProperty("token");
    expect(findCookie(response, "access_token")?.value).toBeTruthy();
    expect(await sessionRowCount()).toBe(0);
  });

  it("refuses a banned user at sign-in with 403 and a clear message", async () => {
    const { email } = await signUp("banned");
    await pool.query("UPDATE users SET is_banned = true WHERE email = $1", [email]);

    const response = await authPost(
      auth,
      "/sign-in/email",
      { email, password: PASSWORD },
      { ip: "203.0.113.21" },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ message: "This account has been suspended" });
    expect(findCookie(response, "access_token")?.value ?? "").toBe("");
    expect(await sessionRowCount()).toBe(0);
  });

  it("refreshes a valid cookie and refuses once the user is banned", async () => {
    const { email, response } = await signUp("refresh");
    const token = findCookie(response, "access_token")?.value ?? "";

    const refreshed = await authPost(
      auth,
      "/token/refresh",
      {},
      { cookie: `access_token=${token}` },
    );
    expect(refreshed.status).toBe(200);
    expect(findCookie(refreshed, "access_token")?.value).toBeTruthy();

    await pool.query("UPDATE users SET is_banned = true WHERE email = $1", [email]);
    const refused = await authPost(auth, "/token/refresh", {}, { cookie: `access_token=${token}` });
    expect(refused.status).toBe(401);
    const cleared = findCookie(refused, "access_token");
    expect(cleared?.value).toBe("");
    expect(cleared?.attributes.get("max-age")).toBe("0");
  });

  it("rate-limits sign-in per IP in the rate_limits table (429)", async () => {
    const ip = `198.51.100.${String(Math.floor(Math.random() * 200) + 20)}`;
    const attempt = () =>
      authPost(
        auth,
        "/sign-in/email",
        { email: uniqueEmail("nobody"), password: "wrong-password" },
        { ip },
      );

    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 429]);

    const row = await pool.query<{ count: number }>(
      "SELECT count FROM rate_limits WHERE key = $1",
      [`${ip}|/sign-in/email`],
    );
    expect(row.rows[0]?.count).toBe(3);
    await pool.query("DELETE FROM rate_limits WHERE key = $1", [`${ip}|/sign-in/email`]);
  });

  it("signs out with 200 and clears the access cookie without any session", async () => {
    const response = await authPost(auth, "/sign-out", {}, { cookie: "access_token=whatever" });
    expect(response.status).toBe(200);
    const cleared = findCookie(response, "access_token");
    expect(cleared?.value).toBe("");
    expect(cleared?.attributes.get("max-age")).toBe("0");
  });
});
