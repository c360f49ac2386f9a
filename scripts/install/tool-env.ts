// Environment for the installers and tools these scripts run.
export function toolEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // Tests drive Debian's Chromium; Playwright must never download a browser of its own (no network for it).
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    ...extra,
  };
}
