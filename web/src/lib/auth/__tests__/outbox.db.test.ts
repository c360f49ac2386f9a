/** The account-mail outbox on a real, migrated database: one row per link, never two. */
import type { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dedupeKeyOf, postgresOutbox } from "../outbox";
import { openTestPool, runDatabaseTests, uniqueEmail } from "./auth-test-client";

describe.skipIf(!runDatabaseTests)("email_outbox", () => {
  let pool: Pool;
  const email = uniqueEmail("outbox");
  let userId = "";

  beforeAll(async () => {
    pool = openTestPool();
    const created = await pool.query<{ id: string }>(
      "INSERT INTO users (email, full_name) VALUES ($1, 'Ada Outbox') RETURNING id",
      [email],
    );
    userId = created.rows[0]?.id ?? "";
  });

  afterAll(async () => {
    await pool.query("DELETE FROM email_outbox WHERE to_address = $1", [email]);
    await pool.query("DELETE FROM users WHERE email = $1", [email]);
    await pool.end();
  });

  it("queues a pending row with the link and the name, keyed on the token's hash", async () => {
    const outbox = postgresOutbox(pool);
    const token = `token-${Math.random().toString(36).slice(2)}`;
    const mail = {
      kind: "verify_email" as const,
      userId,
      to: email,
      name: "Ada Outbox",
      url: `https://devmarket.example/api/auth/verify-email?token=${token}`,
      token,
    };
    expect(await outbox.enqueue(mail)).toBe(true);
    // The same link again (a retried request): still one row.
    expect(await outbox.enqueue(mail)).toBe(false);

    const rows = await pool.query<Record<string, unknown>>(
      "SELECT user_id, to_address, kind, payload, dedupe_key, status, attempts FROM email_outbox WHERE to_address = $1",
      [email],
    );
    expect(rows.rows).toEqual([
      {
        user_id: userId,
        to_address: email,
        kind: "verify_email",
        payload: { url: mail.url, name: "Ada Outbox" },
        dedupe_key: dedupeKeyOf("verify_email", token),
        status: "pending",
        attempts: 0,
      },
    ]);
    expect(String(rows.rows[0]?.dedupe_key)).toMatch(/^verify_email:[0-9a-f]{64}$/);
    expect(String(rows.rows[0]?.dedupe_key)).not.toContain(token);
  });
});
