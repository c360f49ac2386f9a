import path from "node:path";

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "src") } },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
    // Argon2id (19 MiB, t=2) makes each sign-up take tens of milliseconds by design.
    testTimeout: 30_000,
  },
});
