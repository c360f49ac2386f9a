// End-to-end run of the main journey against `make prod` (scripts/prod.ts): the production build with
// APP_ENV=production — the Secure `__Host-access_token` cookie, no API docs, production rate limits — on ports of its
// own (3200/8200; see scripts/test-env.ts). `make test-e2e-prod` wraps it in `scripts/with-db.ts test`: prod.ts gets
// the wiped test database as DATABASE_URL, migrates it and builds and starts both services.
import { defineConfig } from "@playwright/test";
import baseConfig from "./playwright.config.ts";
import { MAILDEV_BIN, maildevArgs } from "./scripts/lib/maildev.ts";
import { productionTestEnvironment, productionTestPorts } from "./scripts/test-env.ts";

const databaseUrl = process.env.TEST_DATABASE_URL;
if (!databaseUrl) {
  throw new Error("TEST_DATABASE_URL is not set: run `make test-e2e-prod`.");
}

const { WEB_URL, API_URL: _apiUrl, ...secrets } = productionTestEnvironment;

export default defineConfig({
  ...baseConfig,
  // The production journey only: `*.prod.ts` files, which the main run's `*.spec.ts` pattern never picks up.
  testMatch: "**/*.prod.ts",
  outputDir: "test-results/prod",
  reporter:
    process.env.CI !== undefined
      ? [["list"]]
      : [["list"], ["html", { open: "never", outputFolder: "playwright-report/prod" }]],
  use: { ...baseConfig.use, baseURL: WEB_URL },
  webServer: [
    {
      name: "mail",
      command: [
        MAILDEV_BIN,
        ...maildevArgs({ smtpPort: productionTestPorts.smtp, webPort: productionTestPorts.mailbox }),
      ].join(" "),
      url: `http://127.0.0.1:${productionTestPorts.mailbox}/api/healthz`,
      timeout: 30_000,
      reuseExistingServer: process.env.E2E_REUSE_SERVERS === "1",
      stdout: "ignore",
    },
    {
      name: "prod",
      command: "node_modules/.bin/tsx scripts/prod.ts",
      // Through the web app's /api/v1 rewrite to the API's database check: ready when all three answer.
      url: `${WEB_URL}/api/v1/health`,
      env: {
        ...(process.env as Record<string, string>),
        ...secrets,
        DATABASE_URL: databaseUrl,
        PROD_WEB_PORT: String(productionTestPorts.web),
        PROD_API_PORT: String(productionTestPorts.api),
        NEXT_TELEMETRY_DISABLED: "1",
      },
      // Install check, migrations, `next build` on two cores, then both servers.
      timeout: 600_000,
      reuseExistingServer: process.env.E2E_REUSE_SERVERS === "1",
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    },
  ],
});
