// The environment every test run uses (`with-db.ts test` sets it; the e2e servers get it too): the test ports of
// docs/architecture.md and throwaway secrets, so tests never pick up the values of a developer's .env.
// E2E_WEB_PORT / E2E_API_PORT move a run off the default ports, so two engineers (or two checkouts) can run the
// end-to-end suite side by side on one machine.
const webPort = Number(process.env.E2E_WEB_PORT ?? 3100);
const apiPort = Number(process.env.E2E_API_PORT ?? 8100);

export const testEnvironment = {
  APP_ENV: "test",
  // 64 characters each and distinct, as the services require; worthless outside tests.
  JWT_SECRET: "e2e-test-jwt-secret-0123456789abcdef0123456789abcdef0123456789ab",
  BETTER_AUTH_SECRET: "e2e-test-better-auth-secret-fedcba9876543210fedcba9876543210fedc",
  BETTER_AUTH_URL: `http://localhost:${webPort}`,
  FRONTEND_ORIGIN: `http://localhost:${webPort}`,
  API_URL: `http://localhost:${apiPort}`,
} as const;

export const testPorts = { web: webPort, api: apiPort } as const;
