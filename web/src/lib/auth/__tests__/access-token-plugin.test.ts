/**
 * The plugin through Better Auth's real request pipeline (no database: the memory adapter):
 * the cookie it sets, the body it returns, the sessions it leaves (none), refresh and sign-out.
 */
import { decodeJwt, SignJWT } from "jose";
import { describe, expect, it } from "vitest";

import { mintAccessToken } from "../access-token";
import { authPost, findCookie, TEST_BASE_URL, TEST_JWT_SECRET } from "./auth-test-client";
import { createMemoryAuth, PRODUCTION_BASE_URL } from "./memory-auth";

const CREDENTIALS = {
  email: "grace@example.com",
  password: "a long enough password",
  name: "Grace Hopper",
};

async function signUp(appEnv: "development" | "production" = "development") {
  const memory = createMemoryAuth(appEnv);
  const origin = appEnv === "production" ? PRODUCTION_BASE_URL : undefined;
  const response = await authPost(memory.auth, "/sign-up/email", CREDENTIALS, { origin });
  return { ...memory, response, origin };
}

describe("sign-up through the access-token plugin", () => {
  it("sets the access cookie with the development attributes", async () => {
    const { response } = await signUp();
    expect(response.status).toBe(200);
    const cookie = findCookie(response, "access_token");
    expect(cookie?.value).toMatch(/^ey/);
    expect(Object.fromEntries(cookie?.attributes ?? [])).toEqual({
      "max-age": "1800",
      path: "/",
      httponly: "",
      samesite: "Lax",
    });
  });

  it("sets __Host-access_token, Secure, in production", async () => {
    const { response } = await signUp("production");
    expect(response.status).toBe(200);
    expect(findCookie(response, "access_token")).toBeUndefined();
    const cookie = findCookie(response, "__Host-access_token");
    expect(Object.fromEntries(cookie?.attributes ?? [])).toEqual({
      "max-age": "1800",
      path: "/",
      httponly: "",
      secure: "",
      samesite: "Lax",
    });
  });

  it("mints the exact payload for the new user, is_admin from the row", async () => {
    const { response, tables } = await signUp();
    const payload = decodeJwt(findCookie(response, "access_token")?.value ?? "");
    const user = tables.users[0];
    expect(payload).toEqual({
      sub: user?.id,
      email: CREDENTIALS.email,
      role: "user",
      is_admin: false,
      iat: expect.any(Number) as number,
      exp: (payload.iat ?? 0) + 1800,
      auth_time: payload.iat,
    });
  });

  it("stores the user in our column names and leaves no session anywhere", async () => {
    const { response, tables } = await signUp();
    expect(tables.users[0]).toMatchObject({
      full_name: "Grace Hopper",
      email_verified: false,
      is_admin: false,
    });
    expect(tables.accounts[0]).toMatchObject({ provider_id: "credential" });
    expect(String(tables.accounts[0]?.password)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(tables.sessions).toEqual([]);

    const body = (await response.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty("token");
    expect(body.user).toMatchObject({ email: CREDENTIALS.email });

    // Better Auth's own cookies are only ever expired, never handed out.
    for (const cookie of response.headers
      .getSetCookie()
      .filter((line) => line.startsWith("better-auth"))) {
      expect(cookie).toMatch(/=; Max-Age=0/);
    }
  });

  it("does the same on sign-in", async () => {
    const { auth, tables } = await signUp();
    const response = await authPost(auth, "/sign-in/email", {
      email: CREDENTIALS.email,
      password: CREDENTIALS.password,
    });
    expect(response.status).toBe(200);
    expect(findCookie(response, "access_token")?.value).toMatch(/^ey/);
    expect(await response.json()).not.toHaveProperty("token");
    expect(tables.sessions).toEqual([]);
  });

  it("refuses a suspended user at sign-in with 403 and no cookie", async () => {
    const { auth, tables } = await signUp();
    const user = tables.users[0];
    if (user) user.is_banned = true;
    const response = await authPost(auth, "/sign-in/email", {
      email: CREDENTIALS.email,
      password: CREDENTIALS.password,
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ message: "This account has been suspended" });
    expect(findCookie(response, "access_token")).toBeUndefined();
    expect(tables.sessions).toEqual([]);
  });

  it("refuses a full name longer than users.full_name allows", async () => {
    const { auth, tables } = createMemoryAuth();
    const response = await authPost(auth, "/sign-up/email", {
      ...CREDENTIALS,
      name: "x".repeat(101),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "INVALID_FULL_NAME" });
    expect(tables.users).toEqual([]);
  });
});

describe("POST /token/refresh", () => {
  async function refreshWith(token: string) {
    const { auth, tables } = await signUp();
    const response = await authPost(
      auth,
      "/token/refresh",
      {},
      { cookie: `access_token=${token}` },
    );
    return { response, tables };
  }

  function expectClearedCookie(response: Response) {
    expect(response.status).toBe(401);
    const cleared = findCookie(response, "access_token");
    expect(cleared?.value).toBe("");
    expect(cleared?.attributes.get("max-age")).toBe("0");
  }

  it("re-mints a valid token after re-reading the user row", async () => {
    const { auth, tables, response: signUpResponse } = await signUp();
    const user = tables.users[0];
    if (user) user.is_admin = true; // promoted since the token was minted
    const token = findCookie(signUpResponse, "access_token")?.value ?? "";

    const response = await authPost(
      auth,
      "/token/refresh",
      {},
      { cookie: `access_token=${token}` },
    );
    expect(response.status).toBe(200);
    const fresh = decodeJwt(findCookie(response, "access_token")?.value ?? "");
    expect(fresh).toMatchObject({ sub: user?.id, is_admin: true });
    expect(fresh.exp).toBe((fresh.iat ?? 0) + 1800);
  });

  it("needs no request body (a bare fetch POST works)", async () => {
    const { auth, response: signUpResponse } = await signUp();
    const token = findCookie(signUpResponse, "access_token")?.value ?? "";
    const response = await auth.handler(
      new Request(`${TEST_BASE_URL}/api/auth/token/refresh`, {
        method: "POST",
        headers: { origin: TEST_BASE_URL, cookie: `access_token=${token}` },
        body: "",
      }),
    );
    expect(response.status).toBe(200);
  });

  it("refuses without a cookie", async () => {
    const { auth } = createMemoryAuth();
    expectClearedCookie(await authPost(auth, "/token/refresh"));
  });

  it("refuses an expired token", async () => {
    const { tables } = await signUp();
    const userId = String(tables.users[0]?.id);
    const longAgo = Math.floor(Date.now() / 1000) - 3600;
    const { token } = await mintAccessToken(
      { id: userId, email: CREDENTIALS.email, is_admin: false },
      TEST_JWT_SECRET,
      longAgo,
    );
    expectClearedCookie((await refreshWith(token)).response);
  });

  it("refuses a tampered token", async () => {
    const { response: signUpResponse } = await signUp();
    const token = findCookie(signUpResponse, "access_token")?.value ?? "";
    const [header, payload = "", signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<
      string,
      unknown
    >;
    const forged = Buffer.from(JSON.stringify({ ...claims, is_admin: true })).toString("base64url");
    expectClearedCookie((await refreshWith(`${header}.${forged}.${signature}`)).response);
  });

  it("refuses a token signed with the wrong secret", async () => {
    const forged = await new SignJWT({ email: CREDENTIALS.email, role: "user", is_admin: true })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("00000000-0000-4000-8000-000000000000")
      .setIssuedAt()
      .setExpirationTime("30m")
      .sign(new TextEncoder().encode("wrong-secret-wrong-secret-wrong-secret-0"));
    expectClearedCookie((await refreshWith(forged)).response);
  });

  it("refuses (and clears) once the user is suspended", async () => {
    const { auth, tables, response: signUpResponse } = await signUp();
    const token = findCookie(signUpResponse, "access_token")?.value ?? "";
    const user = tables.users[0];
    if (user) user.is_banned = true;
    expectClearedCookie(
      await authPost(auth, "/token/refresh", {}, { cookie: `access_token=${token}` }),
    );
  });
});

describe("POST /sign-out", () => {
  it("returns 200 and clears the access cookie although there is no session", async () => {
    const { auth, response: signUpResponse } = await signUp();
    const token = findCookie(signUpResponse, "access_token")?.value ?? "";
    const response = await authPost(auth, "/sign-out", {}, { cookie: `access_token=${token}` });
    expect(response.status).toBe(200);
    const cleared = findCookie(response, "access_token");
    expect(cleared?.value).toBe("");
    expect(cleared?.attributes.get("max-age")).toBe("0");
  });
});
