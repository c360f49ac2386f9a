/**
 * Email verification on a real database (DESIGN §11): sign-up queues the mail, the link verifies
 * once and lands on our page in a clear state, resends are bounded per address, and no Better
 * Auth session is ever left behind.
 */
import { SignJWT } from "jose";
import type { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Auth } from "../create-auth";
import { verificationResendKey, VERIFICATION_LIMITS } from "../email-verification-plugin";
import {
  authGet,
  authPost,
  createTestAuth,
  openTestPool,
  randomAddress,
  ROOMY_RULES,
  runDatabaseTests,
  TEST_BASE_URL,
  TEST_BETTER_AUTH_SECRET,
  TEST_PASSWORD as PASSWORD,
  uniqueEmail,
} from "./auth-test-client";

/** Better Auth redirects to the callback as given: a same-site path. */
const LANDING = "/auth/verify-email";

describe.skipIf(!runDatabaseTests)("email verification on PostgreSQL", () => {
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
      createdEmails.flatMap((email) =>
        VERIFICATION_LIMITS.map((limit) => verificationResendKey(email, limit.windowSeconds)),
      ),
    ]);
    await pool.end();
  });

  async function signUp() {
    const email = uniqueEmail("verify");
    createdEmails.push(email);
    const response = await authPost(
      auth,
      "/sign-up/email",
      { email, password: PASSWORD, name: "Verify User" },
      { ip: randomAddress() },
    );
    expect(response.status).toBe(200);
    return email;
  }

  async function verificationMails(email: string) {
    const rows = await pool.query<{ user_id: string; payload: { url: string; name: string } }>(
      "SELECT user_id, payload FROM email_outbox WHERE to_address = $1 AND kind = 'verify_email' ORDER BY id",
      [email],
    );
    return rows.rows;
  }

  async function isVerified(email: string): Promise<boolean | undefined> {
    const row = await pool.query<{ email_verified: boolean }>(
      "SELECT email_verified FROM users WHERE email = $1",
      [email],
    );
    return row.rows[0]?.email_verified;
  }

  /** Follows a mailed link as the browser would and returns where it lands. */
  async function follow(url: string): Promise<string> {
    const link = new URL(url);
    const response = await authGet(auth, `${link.pathname.replace("/api/auth", "")}${link.search}`);
    expect(response.status).toBe(302);
    return response.headers.get("location") ?? "";
  }

  it("queues a verification mail on sign-up; its link verifies once, then says so", async () => {
    const email = await signUp();
    const mails = await verificationMails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.payload.name).toBe("Verify User");
    const url = mails[0]?.payload.url ?? "";
    expect(url.startsWith(`${TEST_BASE_URL}/api/auth/verify-email?token=`)).toBe(true);
    expect(await isVerified(email)).toBe(false);

    expect(await follow(url)).toBe(`${LANDING}?status=verified`);
    expect(await isVerified(email)).toBe(true);
    expect(await follow(url)).toBe(`${LANDING}?status=already-verified`);
    // Verification signs nobody in: no Better Auth session exists afterwards.
    expect(await pool.query("SELECT 1 FROM sessions")).toMatchObject({ rowCount: 0 });
  });

  it("lands expired and tampered links on their own states", async () => {
    const email = await signUp();
    const expired = await new SignJWT({ email, userId: "whoever" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuedAt(Math.floor(Date.now() / 1000) - 90_000)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3_600)
      .sign(new TextEncoder().encode(TEST_BETTER_AUTH_SECRET));
    const landing = encodeURIComponent("/auth/verify-email?status=verified");
    expect(
      await follow(
        `${TEST_BASE_URL}/api/auth/verify-email?token=${expired}&callbackURL=${landing}`,
      ),
    ).toBe(`${LANDING}?status=verified&error=TOKEN_EXPIRED`);
    expect(
      await follow(
        `${TEST_BASE_URL}/api/auth/verify-email?token=not-a-token&callbackURL=${landing}`,
      ),
    ).toBe(`${LANDING}?status=verified&error=INVALID_TOKEN`);
    expect(await isVerified(email)).toBe(false);
  });

  it("resends at most once a minute per address, with a clear 429", async () => {
    const email = await signUp();
    // A link is a token signed to the second: one from a later second is a new mail.
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 5));
    const resend = () =>
      authPost(auth, "/send-verification-email", { email }, { ip: randomAddress() });
    const first = await resend();
    expect(first.status).toBe(200);
    const second = await resend();
    expect(second.status).toBe(429);
    expect(await second.json()).toMatchObject({
      code: "VERIFICATION_EMAIL_LIMITED",
      message: VERIFICATION_LIMITS[0].message,
    });
    // The sign-up's mail and the resend's (a new token each time; none lost, none doubled).
    expect(await verificationMails(email)).toHaveLength(2);
  });

  it("answers a resend for an unknown address like a known one", async () => {
    const unknown = uniqueEmail("ghost");
    createdEmails.push(unknown);
    const response = await authPost(auth, "/send-verification-email", { email: unknown });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: true });
    expect(await verificationMails(unknown)).toHaveLength(0);
  });
});
