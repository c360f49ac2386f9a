/**
 * Change password on the stateless access cookie (DESIGN §11): Better Auth's path and body, no
 * Better Auth session, every earlier token refused afterwards and a fresh one for this device.
 */
import type { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyAccessToken } from "../access-token";
import { changePasswordKey, WRONG_CURRENT_PASSWORD_MESSAGE } from "../change-password-endpoint";
import type { Auth } from "../create-auth";
import {
  authPost,
  createTestAuth,
  findCookie,
  openTestPool,
  randomAddress,
  ROOMY_RULES,
  runDatabaseTests,
  TEST_JWT_SECRET,
  TEST_PASSWORD as PASSWORD,
  uniqueEmail,
} from "./auth-test-client";

const NEW_PASSWORD = "an entirely new passphrase";

describe.skipIf(!runDatabaseTests)("change password on PostgreSQL", () => {
  let pool: Pool;
  let auth: Auth;
  const createdEmails: string[] = [];
  const userIds: string[] = [];

  beforeAll(() => {
    pool = openTestPool();
    auth = createTestAuth(pool, ROOMY_RULES);
  });

  afterAll(async () => {
    await pool.query("DELETE FROM email_outbox WHERE to_address = ANY($1)", [createdEmails]);
    await pool.query("DELETE FROM users WHERE email = ANY($1)", [createdEmails]);
    await pool.query("DELETE FROM rate_limits WHERE key = ANY($1)", [
      userIds.map(changePasswordKey),
    ]);
    await pool.end();
  });

  async function signUp() {
    const email = uniqueEmail("change");
    createdEmails.push(email);
    const response = await authPost(
      auth,
      "/sign-up/email",
      { email, password: PASSWORD, name: "Change User" },
      { ip: randomAddress() },
    );
    const token = findCookie(response, "access_token")?.value ?? "";
    const claims = await verifyAccessToken(token, TEST_JWT_SECRET);
    userIds.push(claims?.sub ?? "");
    return { email, cookie: `access_token=${token}`, claims };
  }

  function change(cookie: string | undefined, body: Record<string, unknown>) {
    return authPost(auth, "/change-password", body, { cookie, ip: randomAddress() });
  }

  it("refuses without a valid access cookie (401)", async () => {
    const none = await change(undefined, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(none.status).toBe(401);
    const forged = await change("access_token=not-a-token", {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(forged.status).toBe(401);
  });

  it("refuses a wrong current password with 400 and changes nothing", async () => {
    const { email, cookie } = await signUp();
    const response = await change(cookie, {
      currentPassword: "not my password",
      newPassword: NEW_PASSWORD,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: "INVALID_PASSWORD",
      message: WRONG_CURRENT_PASSWORD_MESSAGE,
    });
    const signIn = await authPost(auth, "/sign-in/email", { email, password: PASSWORD });
    expect(signIn.status).toBe(200);
  });

  it("refuses a common or short new password", async () => {
    const { cookie } = await signUp();
    const common = await change(cookie, { currentPassword: PASSWORD, newPassword: "password1" });
    expect(common.status).toBe(400);
    expect(await common.json()).toMatchObject({ code: "PASSWORD_TOO_COMMON" });
    const short = await change(cookie, { currentPassword: PASSWORD, newPassword: "x7!" });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ code: "PASSWORD_TOO_SHORT" });
  });

  it("changes it, refuses every earlier token and gives this device a fresh one", async () => {
    const { email, cookie, claims: before } = await signUp();
    // Another device's token, issued in the same second as this one.
    const other = await authPost(auth, "/sign-in/email", { email, password: PASSWORD });
    const otherCookie = `access_token=${findCookie(other, "access_token")?.value ?? ""}`;

    const response = await change(cookie, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: true });
    expect(await pool.query("SELECT 1 FROM sessions")).toMatchObject({ rowCount: 0 });

    const row = await pool.query<{ tokens_valid_after: Date }>(
      "SELECT tokens_valid_after FROM users WHERE email = $1",
      [email],
    );
    const floor = Math.floor((row.rows[0]?.tokens_valid_after.getTime() ?? 0) / 1000);
    const fresh = findCookie(response, "access_token")?.value ?? "";
    const claims = await verifyAccessToken(fresh, TEST_JWT_SECRET);
    expect(claims?.sub).toBe(before?.sub);
    // The API's rule (iat < floor(tokens_valid_after) is refused), both ways.
    expect(before?.iat).toBeLessThan(floor);
    expect(claims?.iat).toBeGreaterThanOrEqual(floor);

    for (const stale of [cookie, otherCookie]) {
      const refused = await authPost(auth, "/token/refresh", {}, { cookie: stale });
      expect(refused.status).toBe(401);
    }
    const refreshed = await authPost(
      auth,
      "/token/refresh",
      {},
      { cookie: `access_token=${fresh}` },
    );
    expect(refreshed.status).toBe(200);

    const oldPassword = await authPost(auth, "/sign-in/email", { email, password: PASSWORD });
    expect(oldPassword.status).toBe(401);
    const newPassword = await authPost(auth, "/sign-in/email", { email, password: NEW_PASSWORD });
    expect(newPassword.status).toBe(200);
  });
});
