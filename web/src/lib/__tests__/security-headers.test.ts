import { describe, expect, it } from "vitest";

import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "../security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name = "", ...sources] = directive.split(" ");
      return [name, sources];
    }),
  );
}

const base = {
  nonce: "bm9uY2U=",
  appEnv: "test" as const,
  isDevServer: false,
  socketOrigins: ["ws://localhost:8100"],
};

describe("contentSecurityPolicy", () => {
  it("allows scripts by this request's nonce only", () => {
    const script = directives(contentSecurityPolicy(base)).get("script-src");
    expect(script).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
  });

  it("adds 'unsafe-eval' for next dev only", () => {
    const dev = directives(contentSecurityPolicy({ ...base, isDevServer: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    for (const appEnv of ["test", "production"] as const) {
      expect(contentSecurityPolicy({ ...base, appEnv })).not.toContain("unsafe-eval");
    }
  });

  it("locks down framing, plugins, base and forms", () => {
    const policy = directives(contentSecurityPolicy(base));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("connects to self and the realtime socket's origin, once each", () => {
    const policy = contentSecurityPolicy({
      ...base,
      socketOrigins: ["wss://api.example.com", "wss://api.example.com"],
    });
    expect(directives(policy).get("connect-src")).toEqual(["'self'", "wss://api.example.com"]);
  });

  it("shows images from self, any https host and data: URLs", () => {
    const images = directives(contentSecurityPolicy(base)).get("img-src");
    expect(images).toEqual(expect.arrayContaining(["'self'", "https:", "data:"]));
    expect(images).not.toContain("http:");
  });

  it("never rewrites http to https itself (make prod runs on http://localhost with ws://)", () => {
    for (const appEnv of ["development", "test", "production"] as const) {
      expect(contentSecurityPolicy({ ...base, appEnv })).not.toContain("upgrade-insecure-requests");
    }
  });
});

describe("staticSecurityHeaders", () => {
  it("sends the browser hardening headers everywhere", () => {
    const headers = staticSecurityHeaders("development");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
    expect(headers["Permissions-Policy"]).toContain("microphone=()");
    expect(headers["Permissions-Policy"]).toContain("geolocation=()");
  });

  it("sends HSTS in production only", () => {
    expect(staticSecurityHeaders("production")["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(staticSecurityHeaders("development")["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders("test")["Strict-Transport-Security"]).toBeUndefined();
  });
});

describe("newNonce", () => {
  it("is fresh every time and fits a CSP nonce-source", () => {
    const nonces = new Set(Array.from({ length: 50 }, () => newNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
