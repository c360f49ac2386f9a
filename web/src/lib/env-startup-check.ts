import { getEnv, InvalidEnvironmentError } from "./env";

/**
 * Node.js only (imported by `instrumentation.ts` when NEXT_RUNTIME is "nodejs"): a misconfigured
 * server exits at start with a message naming each wrong variable.
 */
export function exitOnInvalidEnvironment(): void {
  try {
    getEnv();
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    console.error(`DevMarket web cannot start. ${error.message}`);
    process.exit(1);
  }
}
