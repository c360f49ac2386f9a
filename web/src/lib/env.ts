import { z } from "zod";

import { loadRootEnv } from "./load-root-env";

export const MIN_SECRET_LENGTH = 32;

/** Only ever used outside production; production must be given a real secret. */
export const DEVELOPMENT_BETTER_AUTH_SECRET = "dev-only-better-auth-secret-not-for-production-0001";
const DEFAULT_BETTER_AUTH_URL = "http://localhost:3000";
const DEFAULT_API_URL = "http://localhost:8000";

// Words that mark a secret copied from .env.example or docs (same list as the API's settings).
const PLACEHOLDER_WORDS = ["change", "example", "replace", "placeholder", "default", "dev-only"];

export function looksLikePlaceholder(secret: string): boolean {
  const lowered = secret.toLowerCase();
  return PLACEHOLDER_WORDS.some((word) => lowered.includes(word)) || new Set(secret).size < 8;
}

// An empty variable (`FOO=` in .env) means "not set", so defaults and "required" apply to it.
const optionalText = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.string().trim().optional(),
);

const httpUrl = (name: string) =>
  z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL` });

const rawEnvSchema = z.object({
  APP_ENV: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(["development", "test", "production"]).default("development"),
  ),
  DATABASE_URL: optionalText,
  JWT_SECRET: optionalText,
  BETTER_AUTH_SECRET: optionalText,
  BETTER_AUTH_URL: optionalText,
  API_URL: optionalText,
  NEXT_PUBLIC_WS_URL: optionalText,
  TRUSTED_PROXY_COUNT: optionalText,
  CLIENT_IP_HEADER: optionalText,
  SESSION_MAX_AGE_DAYS: optionalText,
});

/** Headers a hosting edge sets itself (never passing the client's own): see docs/deploy.md. */
export const CLIENT_IP_HEADERS = ["x-vercel-forwarded-for", "x-real-ip"] as const;
export type ClientIpHeader = (typeof CLIENT_IP_HEADERS)[number];
export const DEFAULT_SESSION_MAX_AGE_DAYS = 7;
const MAX_TRUSTED_PROXIES = 10;
const MAX_SESSION_AGE_DAYS = { production: 30, other: 365 } as const;

/** A whole number in [min, max], or the problem with it. */
function wholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  if (value === undefined) return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    problems.push(`${name}: must be a whole number from ${String(min)} to ${String(max)}`);
    return fallback;
  }
  return parsed;
}

export type AppEnv = "development" | "test" | "production";

export interface Env {
  APP_ENV: AppEnv;
  DATABASE_URL: string;
  JWT_SECRET: string;
  BETTER_AUTH_SECRET: string;
  BETTER_AUTH_URL: string;
  API_URL: string;
  /**
   * Where browsers open the realtime socket (`wss://api.example.com/ws`) when the API is on another
   * site (production on Render); unset, it is derived from API_URL. Read by the server at run time
   * and handed to the page, so it is never baked into the client bundle.
   */
  NEXT_PUBLIC_WS_URL: string | undefined;
  /**
   * How many proxies of ours append to `x-forwarded-for` in front of Next.js (0: none, the socket
   * address is the client's). Decides the address per-address rate limits count against.
   */
  TRUSTED_PROXY_COUNT: number;
  /** A client-address header our hosting edge sets itself (Vercel: `x-vercel-forwarded-for`). */
  CLIENT_IP_HEADER: ClientIpHeader | undefined;
  /** The absolute session lifetime: no token refresh past this many days after sign-in. */
  SESSION_MAX_AGE_DAYS: number;
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n  - ${problems.join("\n  - ")}`);
    this.name = "InvalidEnvironmentError";
  }
}

/** Validates a set of variables; every problem names the variable so the fix is obvious. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const raw = rawEnvSchema.safeParse(source);
  if (!raw.success) {
    throw new InvalidEnvironmentError(
      raw.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const given = raw.data;
  const isProduction = given.APP_ENV === "production";
  const problems: string[] = [];

  const env: Env = {
    APP_ENV: given.APP_ENV,
    DATABASE_URL: given.DATABASE_URL ?? "",
    JWT_SECRET: given.JWT_SECRET ?? "",
    BETTER_AUTH_SECRET: given.BETTER_AUTH_SECRET ?? DEVELOPMENT_BETTER_AUTH_SECRET,
    BETTER_AUTH_URL: (given.BETTER_AUTH_URL ?? DEFAULT_BETTER_AUTH_URL).replace(/\/+$/, ""),
    API_URL: (given.API_URL ?? DEFAULT_API_URL).replace(/\/+$/, ""),
    NEXT_PUBLIC_WS_URL: given.NEXT_PUBLIC_WS_URL,
    TRUSTED_PROXY_COUNT: wholeNumber(
      "TRUSTED_PROXY_COUNT",
      given.TRUSTED_PROXY_COUNT,
      0,
      0,
      MAX_TRUSTED_PROXIES,
      problems,
    ),
    CLIENT_IP_HEADER: undefined,
    SESSION_MAX_AGE_DAYS: wholeNumber(
      "SESSION_MAX_AGE_DAYS",
      given.SESSION_MAX_AGE_DAYS,
      DEFAULT_SESSION_MAX_AGE_DAYS,
      1,
      isProduction ? MAX_SESSION_AGE_DAYS.production : MAX_SESSION_AGE_DAYS.other,
      problems,
    ),
  };

  if (given.CLIENT_IP_HEADER !== undefined) {
    const header = given.CLIENT_IP_HEADER.toLowerCase();
    const known = CLIENT_IP_HEADERS.find((candidate) => candidate === header);
    if (known) env.CLIENT_IP_HEADER = known;
    else problems.push(`CLIENT_IP_HEADER: must be one of ${CLIENT_IP_HEADERS.join(", ")}`);
    if (env.TRUSTED_PROXY_COUNT > 0) {
      problems.push("CLIENT_IP_HEADER: set either it or TRUSTED_PROXY_COUNT, not both");
    }
  }

  if (!/^postgres(ql)?:\/\/.+/.test(env.DATABASE_URL)) {
    problems.push("DATABASE_URL: must be set to a postgresql:// URL");
  }
  for (const name of ["JWT_SECRET", "BETTER_AUTH_SECRET"] as const) {
    if (env[name].length < MIN_SECRET_LENGTH) {
      problems.push(`${name}: must be at least ${MIN_SECRET_LENGTH} characters`);
    }
  }
  if (env.JWT_SECRET && env.JWT_SECRET === env.BETTER_AUTH_SECRET) {
    problems.push("BETTER_AUTH_SECRET: must differ from JWT_SECRET");
  }
  for (const name of ["BETTER_AUTH_URL", "API_URL"] as const) {
    if (!httpUrl(name).safeParse(env[name]).success)
      problems.push(`${name}: must be an http(s) URL`);
  }

  if (env.NEXT_PUBLIC_WS_URL !== undefined) {
    // Pages served over https may only open wss:// sockets (mixed content), so production needs wss.
    const socketScheme = isProduction ? /^wss$/ : /^wss?$/;
    if (!z.url({ protocol: socketScheme }).safeParse(env.NEXT_PUBLIC_WS_URL).success) {
      problems.push(
        `NEXT_PUBLIC_WS_URL: must be a ${isProduction ? "wss://" : "ws(s)://"} URL (e.g. wss://api.example.com/ws)`,
      );
    }
  }

  if (isProduction) {
    // Production never runs on a value we made up: each of these must be given explicitly.
    for (const name of ["BETTER_AUTH_SECRET", "BETTER_AUTH_URL", "API_URL"] as const) {
      if (given[name] === undefined) problems.push(`${name}: must be set in production`);
    }
    for (const name of ["JWT_SECRET", "BETTER_AUTH_SECRET"] as const) {
      const longEnough = env[name].length >= MIN_SECRET_LENGTH; // short ones are reported above
      if (given[name] !== undefined && longEnough && looksLikePlaceholder(env[name])) {
        problems.push(`${name}: looks like a placeholder; use a random secret in production`);
      }
    }
  }

  if (problems.length > 0) throw new InvalidEnvironmentError(problems);
  return env;
}

let cachedEnv: Env | undefined;

/** The validated environment of this process, read once (after loading the repo-root `.env`). */
export function getEnv(): Env {
  if (!cachedEnv) {
    loadRootEnv();
    cachedEnv = parseEnv(process.env);
  }
  return cachedEnv;
}
