// The environment every test run uses (`with-db.ts test` sets it; the e2e servers get it too): the test ports of
// docs/architecture.md and throwaway secrets, so tests never pick up the values of a developer's .env.
// E2E_WEB_PORT / E2E_API_PORT move a run off the default ports, so two engineers (or two checkouts) can run the
// end-to-end suite side by side on one machine.
const webPort = Number(process.env.E2E_WEB_PORT ?? 3100);
const apiPort = Number(process.env.E2E_API_PORT ?? 8100);
// The end-to-end run's mail catcher (maildev): its SMTP port, and the port of its inbox's HTTP API.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 1125);
const mailboxPort = Number(process.env.E2E_MAILDEV_PORT ?? 1180);

export const testEnvironment = {
  APP_ENV: "test",
  // 64 characters each and distinct, as the services require; worthless outside tests.
  JWT_SECRET: "e2e-test-jwt-secret-0123456789abcdef0123456789abcdef0123456789ab",
  BETTER_AUTH_SECRET: "e2e-test-better-auth-secret-fedcba9876543210fedcba9876543210fedc",
  BETTER_AUTH_URL: `http://localhost:${webPort}`,
  FRONTEND_ORIGIN: `http://localhost:${webPort}`,
  API_URL: `http://localhost:${apiPort}`,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  MAIL_FROM: "DevMarket <no-reply@devmarket.test>",
  // The order timers sweep every second, so a spec that moves a deadline into the past sees the
  // platform act within a couple of seconds (e2e/order-timers.spec.ts).
  SCHEDULER_INTERVAL_S: "1",
} as const;

export const testPorts = { web: webPort, api: apiPort, smtp: smtpPort, mailbox: mailboxPort } as const;

// The end-to-end run against `make prod` (playwright.prod.config.ts): APP_ENV=production on ports of its own, so it
// never meets the test stack above. Its secrets must pass production's checks (long, random-looking, distinct) and
// are as worthless as the ones above. E2E_PROD_WEB_PORT / E2E_PROD_API_PORT move it.
const prodWebPort = Number(process.env.E2E_PROD_WEB_PORT ?? 3200);
const prodApiPort = Number(process.env.E2E_PROD_API_PORT ?? 8200);
const prodSmtpPort = Number(process.env.E2E_PROD_SMTP_PORT ?? 1225);
const prodMailboxPort = Number(process.env.E2E_PROD_MAILDEV_PORT ?? 1280);

export const productionTestEnvironment = {
  JWT_SECRET: "4f1c9a7e2b8d6053c1e7a9f4b2d80c6e5a3f7b1d9c2e4a6f8b0d1c3e5f7a9b2c",
  BETTER_AUTH_SECRET: "b7e2d9c4a1f6083e5b9d2c7a4f1e8b6d3c0a9f5e2b7d4c1a8f6e3b0d9c5a2f7e",
  WEB_URL: `http://localhost:${prodWebPort}`,
  API_URL: `http://localhost:${prodApiPort}`,
  // Production refuses to start without an SMTP server: the run's own maildev.
  SMTP_URL: `smtp://127.0.0.1:${prodSmtpPort}`,
} as const;

export const productionTestPorts = {
  web: prodWebPort,
  api: prodApiPort,
  smtp: prodSmtpPort,
  mailbox: prodMailboxPort,
} as const;
