/** A real Better Auth instance with our configuration, over Better Auth's in-memory adapter. */
import { memoryAdapter } from "better-auth/adapters/memory";

import type { AppEnv } from "../../env";
import { createAuth } from "../create-auth";
import { TEST_BASE_URL, TEST_BETTER_AUTH_SECRET, TEST_JWT_SECRET } from "./auth-test-client";

export type MemoryTables = Record<
  "users" | "accounts" | "sessions" | "verifications" | "rate_limits",
  Record<string, unknown>[]
>;

export const PRODUCTION_BASE_URL = "https://devmarket.example";

export function createMemoryAuth(appEnv: AppEnv = "development") {
  const tables: MemoryTables = {
    users: [],
    accounts: [],
    sessions: [],
    verifications: [],
    rate_limits: [],
  };
  const auth = createAuth({
    env: {
      APP_ENV: appEnv,
      JWT_SECRET: TEST_JWT_SECRET,
      BETTER_AUTH_SECRET: TEST_BETTER_AUTH_SECRET,
      BETTER_AUTH_URL: appEnv === "production" ? PRODUCTION_BASE_URL : TEST_BASE_URL,
    },
    database: memoryAdapter(tables),
    rateLimitRules: {
      "/sign-up/email": { window: 60, max: 1000 },
      "/sign-in/email": { window: 60, max: 1000 },
    },
  });
  return { auth, tables };
}
