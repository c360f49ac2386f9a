import { decodeJwt, decodeProtectedHeader, SignJWT } from "jose";
import { describe, expect, it } from "vitest";

import {
  ACCESS_TOKEN_TTL_SECONDS,
  accessTokenCookieAttributes,
  accessTokenCookieName,
  mintAccessToken,
  verifyAccessToken,
} from "../access-token";

const SECRET = "unit-test-jwt-secret-0123456789abcdef0123456789";
const SUBJECT = {
  id: "6f1c2a9e-3b7d-4c55-9a1e-2f8b7c6d5e4a",
  email: "ada@example.com",
  is_admin: true,
};
const ISSUED_AT = 1_790_000_000;

describe("mintAccessToken", () => {
  it("signs exactly {sub, email, role, is_admin, iat, exp, auth_time} with exp = iat + 1800", async () => {
    const { token } = await mintAccessToken(SUBJECT, SECRET, ISSUED_AT);
    const payload = decodeJwt(token);
    expect(Object.keys(payload).sort()).toEqual([
      "auth_time",
      "email",
      "exp",
      "iat",
      "is_admin",
      "role",
      "sub",
    ]);
    expect(payload).toEqual({
      sub: SUBJECT.id,
      email: SUBJECT.email,
      role: "user",
      is_admin: true,
      iat: ISSUED_AT,
      exp: ISSUED_AT + 1800,
      auth_time: ISSUED_AT,
    });
    expect(ACCESS_TOKEN_TTL_SECONDS).toBe(1800);
  });

  it("keeps the original sign-in time across a re-mint", async () => {
    const { claims } = await mintAccessToken(SUBJECT, SECRET, ISSUED_AT + 600, ISSUED_AT);
    expect(claims).toMatchObject({ iat: ISSUED_AT + 600, auth_time: ISSUED_AT });
  });

  it("uses an HS256 header", async () => {
    const { token } = await mintAccessToken(SUBJECT, SECRET, ISSUED_AT);
    expect(decodeProtectedHeader(token)).toEqual({ alg: "HS256", typ: "JWT" });
  });

  it("carries is_admin false for ordinary users", async () => {
    const { claims } = await mintAccessToken({ ...SUBJECT, is_admin: false }, SECRET, ISSUED_AT);
    expect(claims.is_admin).toBe(false);
  });
});

describe("verifyAccessToken", () => {
  it("reads a token minted before auth_time existed as signed in at its iat", async () => {
    const legacy = await new SignJWT({
      sub: SUBJECT.id,
      email: SUBJECT.email,
      role: "user",
      is_admin: true,
      iat: ISSUED_AT,
      exp: ISSUED_AT + 1800,
    })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .sign(new TextEncoder().encode(SECRET));
    expect(await verifyAccessToken(legacy, SECRET, ISSUED_AT + 60)).toMatchObject({
      auth_time: ISSUED_AT,
    });
  });

  it("accepts a fresh token and returns its claims", async () => {
    const { token, claims } = await mintAccessToken(SUBJECT, SECRET, ISSUED_AT);
    expect(await verifyAccessToken(token, SECRET, ISSUED_AT + 60)).toEqual(claims);
  });

  it("refuses an expired token", async () => {
    const { token } = await mintAccessToken(SUBJECT, SECRET, ISSUED_AT);
    expect(await verifyAccessToken(token, SECRET, ISSUED_AT + 1800)).toBeNull();
    expect(await verifyAccessToken(token, SECRET, ISSUED_AT + 5000)).toBeNull();
  });

  it("refuses a token signed with another secret", async () => {
    const { token } = await mintAccessToken(
      SUBJECT,
      "another-secret-0123456789abcdef0123456789",
      ISSUED_AT,
    );
    expect(await verifyAccessToken(token, SECRET, ISSUED_AT + 60)).toBeNull();
  });

  it("refuses a tampered payload", async () => {
    const { token } = await mintAccessToken({ ...SUBJECT, is_admin: false }, SECRET, ISSUED_AT);
    const [header, , signature] = token.split(".");
    const forgedPayload = Buffer.from(
      JSON.stringify({
        sub: SUBJECT.id,
        email: SUBJECT.email,
        role: "user",
        is_admin: true,
        iat: ISSUED_AT,
        exp: ISSUED_AT + 1800,
      }),
    ).toString("base64url");
    expect(
      await verifyAccessToken(`${header}.${forgedPayload}.${signature}`, SECRET, ISSUED_AT + 60),
    ).toBeNull();
  });

  it("refuses another algorithm and unsigned tokens", async () => {
    const key = new TextEncoder().encode(SECRET);
    const hs512 = await new SignJWT({
      sub: SUBJECT.id,
      email: SUBJECT.email,
      role: "user",
      is_admin: false,
    })
      .setProtectedHeader({ alg: "HS512" })
      .setIssuedAt(ISSUED_AT)
      .setExpirationTime(ISSUED_AT + 1800)
      .sign(key);
    expect(await verifyAccessToken(hs512, SECRET, ISSUED_AT + 60)).toBeNull();

    const { token } = await mintAccessToken(SUBJECT, SECRET, ISSUED_AT);
    const [, payload] = token.split(".");
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${payload}.`;
    expect(await verifyAccessToken(none, SECRET, ISSUED_AT + 60)).toBeNull();
    expect(await verifyAccessToken("not-a-jwt", SECRET, ISSUED_AT + 60)).toBeNull();
  });

  it("refuses a token missing a required claim", async () => {
    const key = new TextEncoder().encode(SECRET);
    const noSubject = await new SignJWT({ email: SUBJECT.email, role: "user", is_admin: false })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuedAt(ISSUED_AT)
      .setExpirationTime(ISSUED_AT + 1800)
      .sign(key);
    expect(await verifyAccessToken(noSubject, SECRET, ISSUED_AT + 60)).toBeNull();
  });
});

describe("access cookie", () => {
  it("is access_token, HttpOnly, SameSite=Lax, Path=/, not Secure, 1800 s outside production", () => {
    for (const appEnv of ["development", "test"] as const) {
      expect(accessTokenCookieName(appEnv)).toBe("access_token");
      expect(accessTokenCookieAttributes(appEnv)).toEqual({
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure: false,
        maxAge: 1800,
      });
    }
  });

  it("is __Host-access_token and Secure in production", () => {
    expect(accessTokenCookieName("production")).toBe("__Host-access_token");
    expect(accessTokenCookieAttributes("production")).toEqual({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: true,
      maxAge: 1800,
    });
  });
});
