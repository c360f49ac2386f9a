// The main journey against the production build (`make test-e2e-prod`, playwright.prod.config.ts): the auth story of
// auth.spec.ts with APP_ENV=production, where the session is the Secure `__Host-access_token` cookie. Chromium
// accepts a Secure cookie from http://localhost because localhost is a secure context; this run proves it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { productionTestEnvironment, productionTestPorts } from "../scripts/test-env.ts";
import { signInHere, signOut, signUp, welcomeHeading } from "./support/auth-pages.ts";
import { queryRows } from "./support/database.ts";
import { verifyHs256 } from "./support/jwt.ts";
import { uniqueUser } from "./support/users.ts";
import { expect, test } from "./support/test.ts";

const { API_URL, JWT_SECRET } = productionTestEnvironment;
const execFileAsync = promisify(execFile);

// Production allows 5 sign-ups a minute per address, counted in the database. When TEST_DATABASE_URL is given, the
// main end-to-end run has just used the same database from the same address: start from a clean count.
test.beforeAll(async () => {
  await queryRows("DELETE FROM rate_limits");
});

/** Resolves with the user id of the realtime socket's "ready" frame: the server accepted its credentials. */
function socketReady(page: Page): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no realtime socket became ready within 20 s")), 20_000);
    page.on("websocket", (socket) => {
      socket.on("framereceived", ({ payload }) => {
        const frame = JSON.parse(String(payload)) as { type?: string; data?: { user_id?: string } };
        if (frame.type !== "ready") return;
        clearTimeout(timer);
        resolve(frame.data?.user_id ?? "");
      });
    });
  });
}

test("sign up, dashboard, sign out and sign in on the production build", async ({ page, context }) => {
  const user = uniqueUser();
  const ready = socketReady(page);
  let subject = "";

  await test.step("sign up and land on the dashboard, greeted by name", async () => {
    await signUp(page, user);
    await expect(welcomeHeading(page, user.fullName)).toBeVisible();
  });

  await test.step("the session is __Host-access_token: Secure, HttpOnly, SameSite=Lax, host-only", async () => {
    const cookies = await context.cookies();
    const names = cookies.map((cookie) => cookie.name);
    const cookie = cookies.find((candidate) => candidate.name === "__Host-access_token");
    expect(cookie, `cookies set: ${names.join(", ")}`).toBeDefined();
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax", path: "/", domain: "localhost" });
    expect(names).not.toContain("access_token");
    const { header, payload } = verifyHs256(cookie!.value, JWT_SECRET);
    expect(header.alg).toBe("HS256");
    subject = String(payload.sub);
  });

  await test.step("the realtime socket authenticates with the production cookie", async () => {
    expect(await ready).toBe(subject);
  });

  await test.step("a reload keeps the session: the API accepts the production cookie", async () => {
    await page.reload();
    await expect(page).toHaveURL("/dashboard");
    await expect(welcomeHeading(page, user.fullName)).toBeVisible();
  });

  await test.step("sign out; the dashboard now sends visitors to sign in", async () => {
    await signOut(page);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("__Host-access_token");
    await page.goto("/dashboard");
    await expect(page).toHaveURL("/auth/sign-in?next=%2Fdashboard");
  });

  await test.step("sign in again and return to the dashboard", async () => {
    await signInHere(page, user);
    await expect(page).toHaveURL("/dashboard");
    await expect(welcomeHeading(page, user.fullName)).toBeVisible();
  });
});

test("the API runs in production mode", async ({ request }) => {
  await test.step("no interactive docs and no OpenAPI document", async () => {
    expect((await request.get(`${API_URL}/docs`)).status()).toBe(404);
    expect((await request.get(`${API_URL}/openapi.json`)).status()).toBe(404);
  });

  await test.step("every answer carries a request id, also through the web app's rewrite", async () => {
    const direct = await request.get(`${API_URL}/health`);
    expect(direct.status()).toBe(200);
    expect(await direct.json()).toEqual({ status: "ok", database: "ok" });
    expect(direct.headers()["x-request-id"]).toMatch(/^[0-9a-f]{16}$/);
    const rewritten = await request.get("/api/v1/health/live", { headers: { "X-Request-ID": "e2e-prod-trace-1" } });
    expect(rewritten.status()).toBe(200);
    expect(rewritten.headers()["x-request-id"]).toBe("e2e-prod-trace-1");
  });

  await test.step("unsafe requests from another site are refused", async () => {
    const forged = await request.post(`${API_URL}/ws/ticket`, { headers: { Origin: "https://evil.example" } });
    expect(forged.status()).toBe(403);
  });
});

test("production pages send HSTS beside the nonce-based CSP", async ({ page }) => {
  const response = await page.goto("/gigs");
  const headers = response?.headers() ?? {};
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
});

test("make prod refuses weak secrets before building, naming each variable", async () => {
  const env = {
    ...process.env,
    JWT_SECRET: "change-me-change-me-change-me-change-me",
    BETTER_AUTH_SECRET: "too-short",
    // Ports of its own: the run above still holds its ports while this one starts.
    PROD_WEB_PORT: String(productionTestPorts.web + 1),
    PROD_API_PORT: String(productionTestPorts.api + 1),
  };
  const run = execFileAsync("node_modules/.bin/tsx", ["scripts/prod.ts"], { env, timeout: 120_000 });
  const failure = (await run.then(
    () => ({ code: 0, stderr: "" }),
    (error: unknown) => error,
  )) as { code: number; stderr: string };
  expect(failure.code).toBe(1);
  expect(failure.stderr).toContain("api: Value error, JWT_SECRET is a placeholder");
  expect(failure.stderr).toContain("web: JWT_SECRET: looks like a placeholder");
  expect(failure.stderr).toContain("web: BETTER_AUTH_SECRET: must be at least 32 characters");
});
