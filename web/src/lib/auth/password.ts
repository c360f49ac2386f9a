import { hash, verify } from "@node-rs/argon2";

/**
 * OWASP's Argon2id baseline (DESIGN §3): m = 19 MiB, t = 2, p = 1 — identical to the API's seed
 * hasher, so seeded demo accounts and Better Auth sign-ups verify the same way.
 */
const ARGON2ID_OPTIONS = {
  // `Algorithm.Argon2id` is a const enum, which isolated-module builds cannot inline.
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

export async function verifyPassword({
  hash: storedHash,
  password,
}: {
  hash: string;
  password: string;
}): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a server error.
    return false;
  }
}
