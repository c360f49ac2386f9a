/**
 * Runs once when a Next.js server starts: a misconfigured server refuses to start, with a message
 * naming each wrong variable, instead of failing on the first sign-in. (`next build` never runs
 * this, so building needs no secrets.)
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv, InvalidEnvironmentError } = await import("./lib/env");
  try {
    getEnv();
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    console.error(`DevMarket web cannot start. ${error.message}`);
    process.exit(1);
  }
}
