import { describe, expect, it } from "vitest";

import { DEVELOPMENT_BETTER_AUTH_SECRET, InvalidEnvironmentError, parseEnv } from "../env";

const JWT_SECRET = "c8d1f0a7e2b94c3d8a6f5e1b0c7d2a9f4e3b8c1d";
const BETTER_AUTH_SECRET = "7e4a1c9f2d8b5e0a3c6f9b2e5d8a1c4f7b0e3d6a";

const VALID_DEVELOPMENT = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:54320/devmarket",
  JWT_SECRET,
};

const VALID_PRODUCTION = {
  APP_ENV: "production",
  DATABASE_URL: "postgresql://user:pass@db.neon.example/devmarket?sslmode=require",
  JWT_SECRET,
  BETTER_AUTH_SECRET,
  BETTER_AUTH_URL: "https://devmarket.example",
  API_URL: "https://api.devmarket.example/",
};

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
}

describe("parseEnv", () => {
  it("fills development defaults", () => {
    expect(parseEnv(VALID_DEVELOPMENT)).toEqual({
      APP_ENV: "development",
      DATABASE_URL: VALID_DEVELOPMENT.DATABASE_URL,
      JWT_SECRET,
      BETTER_AUTH_SECRET: DEVELOPMENT_BETTER_AUTH_SECRET,
      BETTER_AUTH_URL: "http://localhost:3000",
      API_URL: "http://localhost:8000",
      TRUSTED_PROXY_COUNT: 0,
      CLIENT_IP_HEADER: undefined,
      SESSION_MAX_AGE_DAYS: 7,
    });
  });

  it("validates the client-address and session-lifetime settings", () => {
    expect(parseEnv({ ...VALID_DEVELOPMENT, TRUSTED_PROXY_COUNT: "2" }).TRUSTED_PROXY_COUNT).toBe(
      2,
    );
    expect(
      parseEnv({ ...VALID_PRODUCTION, CLIENT_IP_HEADER: "X-Vercel-Forwarded-For" })
        .CLIENT_IP_HEADER,
    ).toBe("x-vercel-forwarded-for");
    expect(problemsOf({ ...VALID_DEVELOPMENT, TRUSTED_PROXY_COUNT: "-1" })).toEqual([
      "TRUSTED_PROXY_COUNT: must be a whole number from 0 to 10",
    ]);
    expect(problemsOf({ ...VALID_DEVELOPMENT, CLIENT_IP_HEADER: "x-forwarded-for" })).toEqual([
      "CLIENT_IP_HEADER: must be one of x-vercel-forwarded-for, x-real-ip",
    ]);
    expect(
      problemsOf({ ...VALID_DEVELOPMENT, CLIENT_IP_HEADER: "x-real-ip", TRUSTED_PROXY_COUNT: "1" }),
    ).toEqual(["CLIENT_IP_HEADER: set either it or TRUSTED_PROXY_COUNT, not both"]);
    expect(problemsOf({ ...VALID_DEVELOPMENT, SESSION_MAX_AGE_DAYS: "0" })).toEqual([
      "SESSION_MAX_AGE_DAYS: must be a whole number from 1 to 365",
    ]);
    expect(problemsOf({ ...VALID_PRODUCTION, SESSION_MAX_AGE_DAYS: "60" })).toEqual([
      "SESSION_MAX_AGE_DAYS: must be a whole number from 1 to 30",
    ]);
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ ...VALID_DEVELOPMENT, APP_ENV: "", API_URL: "" }).API_URL).toBe(
      "http://localhost:8000",
    );
  });

  it("names every variable that is wrong", () => {
    const problems = problemsOf({ JWT_SECRET: "short", API_URL: "ftp://x" });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^DATABASE_URL:/),
        expect.stringMatching(/^JWT_SECRET: must be at least 32 characters/),
        expect.stringMatching(/^API_URL:/),
      ]),
    );
  });

  it("refuses an unknown APP_ENV", () => {
    expect(problemsOf({ ...VALID_DEVELOPMENT, APP_ENV: "staging" })[0]).toMatch(/^APP_ENV:/);
  });

  it("refuses equal secrets", () => {
    expect(problemsOf({ ...VALID_DEVELOPMENT, BETTER_AUTH_SECRET: JWT_SECRET })).toEqual([
      "BETTER_AUTH_SECRET: must differ from JWT_SECRET",
    ]);
  });

  it("accepts a complete production configuration and trims trailing slashes", () => {
    expect(parseEnv(VALID_PRODUCTION).API_URL).toBe("https://api.devmarket.example");
  });

  it("refuses defaults in production", () => {
    const withDefaults = {
      ...VALID_PRODUCTION,
      BETTER_AUTH_SECRET: undefined,
      BETTER_AUTH_URL: undefined,
      API_URL: undefined,
    };
    expect(problemsOf(withDefaults)).toEqual([
      "BETTER_AUTH_SECRET: must be set in production",
      "BETTER_AUTH_URL: must be set in production",
      "API_URL: must be set in production",
    ]);
  });

  it("refuses placeholder and short secrets in production", () => {
    expect(
      problemsOf({ ...VALID_PRODUCTION, JWT_SECRET: "replace-with-openssl-rand-hex-32" }),
    ).toEqual(["JWT_SECRET: looks like a placeholder; use a random secret in production"]);
    expect(problemsOf({ ...VALID_PRODUCTION, BETTER_AUTH_SECRET: "a1b2c3d4e5f6g7h8" })).toEqual([
      "BETTER_AUTH_SECRET: must be at least 32 characters",
    ]);
  });

  it("accepts a ws(s):// realtime URL and refuses anything else", () => {
    const socket = "ws://localhost:8000/ws";
    expect(parseEnv({ ...VALID_DEVELOPMENT, NEXT_PUBLIC_WS_URL: socket }).NEXT_PUBLIC_WS_URL).toBe(
      socket,
    );
    expect(parseEnv({ ...VALID_DEVELOPMENT, NEXT_PUBLIC_WS_URL: "" }).NEXT_PUBLIC_WS_URL).toBe(
      undefined,
    );
    expect(
      problemsOf({ ...VALID_DEVELOPMENT, NEXT_PUBLIC_WS_URL: "https://api.example/ws" }),
    ).toEqual([expect.stringMatching(/^NEXT_PUBLIC_WS_URL: must be a ws\(s\):\/\/ URL/)]);
  });

  it("needs wss:// for the realtime URL in production", () => {
    expect(
      problemsOf({ ...VALID_PRODUCTION, NEXT_PUBLIC_WS_URL: "ws://api.devmarket.example/ws" }),
    ).toEqual([expect.stringMatching(/^NEXT_PUBLIC_WS_URL: must be a wss:\/\/ URL/)]);
    expect(
      parseEnv({ ...VALID_PRODUCTION, NEXT_PUBLIC_WS_URL: "wss://api.devmarket.example/ws" })
        .NEXT_PUBLIC_WS_URL,
    ).toBe("wss://api.devmarket.example/ws");
  });
});
