// The environment every test run uses (`with-db.ts test` sets it; the e2e servers get it too): the test ports of
// docs/architecture.md and throwaway secrets, so tests never pick up the values of a developer's .env.
export const testEnvironment = {
  APP_ENV: "test",
  // 64 characters each and distinct, as the services require; worthless outside tests.
  JWT_SECRET: "e2e-test-jwt-secret-0123456789abcdef0123456789abcdef0123456789ab",
  BETTER_AUTH_SECRET: "e2e-test-better-auth-secret-fedcba9876543210fedcba9876543210fedc",
  BETTER_AUTH_URL: "http://localhost:3100",
  FRONTEND_ORIGIN: "http://localhost:3100",
  API_URL: "http://localhost:8100",
} as const;

export const testPorts = { web: 3100, api: 8100 } as const;
