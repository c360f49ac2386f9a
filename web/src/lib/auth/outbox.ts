/**
 * Account mail goes out through the one pipeline every email takes (DESIGN §11): the web only
 * writes a row of `email_outbox`; the API renders the template and sends it with retries. The
 * dedupe key is the SHA-256 of the link's token, so the same link is never queued twice (a retried
 * request, two resends within the same second) and the token itself is not a lookup key.
 */
import { createHash } from "node:crypto";

import type { Pool } from "pg";

export type AccountMailKind = "verify_email" | "password_reset";

export interface AccountMail {
  kind: AccountMailKind;
  userId: string;
  to: string;
  /** The absolute link the mail carries. */
  url: string;
  /** The person's full name, for the greeting. */
  name: string;
  /** The secret in `url`; only its hash is stored (as the dedupe key). */
  token: string;
}

export interface QueuedMail {
  userId: string;
  to: string;
  kind: AccountMailKind;
  payload: { url: string; name: string };
  dedupeKey: string;
}

export interface AccountMailOutbox {
  /** Queues the mail; false when the same link was already queued. */
  enqueue(mail: AccountMail): Promise<boolean>;
}

export function dedupeKeyOf(kind: AccountMailKind, token: string): string {
  return `${kind}:${createHash("sha256").update(token).digest("hex")}`;
}

export function queuedMailOf(mail: AccountMail): QueuedMail {
  return {
    userId: mail.userId,
    to: mail.to,
    kind: mail.kind,
    payload: { url: mail.url, name: mail.name },
    dedupeKey: dedupeKeyOf(mail.kind, mail.token),
  };
}

/** Through the web's auth pool (./db-pool.ts), like every other write of the auth layer. */
export function postgresOutbox(pool: Pick<Pool, "query">): AccountMailOutbox {
  return {
    async enqueue(mail) {
      const row = queuedMailOf(mail);
      const result = await pool.query(
        `INSERT INTO email_outbox (user_id, to_address, kind, payload, dedupe_key)
         VALUES ($1, $2, $3, $4::jsonb, $5)
         ON CONFLICT (dedupe_key) DO NOTHING`,
        [row.userId, row.to, row.kind, JSON.stringify(row.payload), row.dedupeKey],
      );
      return (result.rowCount ?? 0) > 0;
    },
  };
}

/** DB-free tests: the same contract, and the queued rows to look at. */
export function memoryOutbox(): AccountMailOutbox & { sent: QueuedMail[] } {
  const sent: QueuedMail[] = [];
  return {
    sent,
    enqueue(mail) {
      const row = queuedMailOf(mail);
      if (sent.some((queued) => queued.dedupeKey === row.dedupeKey)) return Promise.resolve(false);
      sent.push(row);
      return Promise.resolve(true);
    },
  };
}
