// End-to-end tests: the real stack in Debian's Chromium. Run through `make test-e2e`, which wraps this in
// `scripts/with-db.ts test` (a wiped embedded PostgreSQL, or TEST_DATABASE_URL) and sets the test environment.
// Here the database is migrated, then FastAPI starts on :8100 and a production build of the web app on :3100.
import { defineConfig } from "@playwright/test";
import { API_KEEP_ALIVE_FLAGS, API_WEBSOCKET_FLAGS } from "./scripts/lib/api-server-flags.ts";
import { findExecutable } from "./scripts/lib/find-executable.ts";
import { MAILDEV_BIN, maildevArgs } from "./scripts/lib/maildev.ts";
import { testEnvironment, testPorts } from "./scripts/test-env.ts";

const databaseUrl = process.env.TEST_DATABASE_URL;
if (!databaseUrl) {
  throw new Error(
    "TEST_DATABASE_URL is not set: run `make test-e2e` (or `tsx scripts/with-db.ts test -- npx playwright test`).",
  );
}

// The servers get the test environment whatever a developer's shell or .env holds.
const serverEnv: Record<string, string> = {
  ...(process.env as Record<string, string>),
  ...testEnvironment,
  DATABASE_URL: databaseUrl,
  NEXT_TELEMETRY_DISABLED: "1",
};

// uv from PATH, or as a module when pip installed it off PATH (see scripts/install/uv.ts).
const uv = findExecutable("uv") ?? "python3 -m uv";
const isCI = process.env.CI !== undefined;
// Set to reuse servers already running on the test ports while iterating on a spec.
const reuseExistingServer = process.env.E2E_REUSE_SERVERS === "1";

export default defineConfig({
  testDir: "e2e",
  // Sign-up hashes a password with Argon2id and the first visit of each page warms it up: allow for a slow CI core.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two cores run the API, the web server and the browser: one worker in CI keeps timings predictable.
  workers: isCI ? 1 : 2,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  reporter: isCI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  outputDir: "test-results",
  use: {
    baseURL: testEnvironment.BETTER_AUTH_URL,
    browserName: "chromium",
    headless: true,
    launchOptions: {
      // Debian's Chromium; Playwright's own browsers are never downloaded.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox", // CI runs as root, where Chromium's sandbox refuses to start
        "--disable-gpu",
        // No network but loopback here: without these Chromium keeps dialling Google's services.
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-quic",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: [
    {
      // The mail catcher the API's sender delivers to (SMTP_URL in scripts/test-env.ts); specs read its inbox
      // through e2e/support/mailbox.ts.
      name: "mail",
      command: [MAILDEV_BIN, ...maildevArgs({ smtpPort: testPorts.smtp, webPort: testPorts.mailbox })].join(" "),
      url: `http://127.0.0.1:${testPorts.mailbox}/api/healthz`,
      timeout: 30_000,
      reuseExistingServer,
      stdout: "ignore",
    },
    {
      name: "api",
      command: `cd api && ${uv} run alembic upgrade head && exec ${uv} run uvicorn app.main:app --port ${testPorts.api} ${[...API_WEBSOCKET_FLAGS, ...API_KEEP_ALIVE_FLAGS].join(" ")}`,
      url: `http://127.0.0.1:${testPorts.api}/health`,
      env: serverEnv,
      timeout: 120_000,
      reuseExistingServer,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    {
      name: "web",
      // A production build, as users get it; API_URL is read at build time (rewrites) and at run time.
      command: `cd web && npm run build && exec npm run start -- -p ${testPorts.web}`,
      url: `http://localhost:${testPorts.web}/`,
      env: serverEnv,
      timeout: 600_000,
      reuseExistingServer,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
