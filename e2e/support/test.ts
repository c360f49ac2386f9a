/// <reference lib="dom" />
// The `test` and `expect` every spec imports: Playwright's, plus a guard that fails a test when any page it opened
// (in its own context or in one it made with `browser.newContext()`) reports a Content-Security-Policy violation.
// Chromium reports each violation twice, as a console error ("Refused to ... violates the following Content
// Security Policy directive") and as a `securitypolicyviolation` event; the init script turns the event into a
// console line too, so one listener sees both, whatever the page's own code does with its console.
import { test as base, expect, type Browser, type BrowserContext } from "@playwright/test";

const VIOLATION_PREFIX = "[csp-violation]";

function reportViolationsInPage(prefix: string): void {
  document.addEventListener("securitypolicyviolation", (event) => {
    console.error(
      `${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}`,
    );
  });
}

function isCspViolation(text: string): boolean {
  return text.startsWith(VIOLATION_PREFIX) || /Content Security Policy/i.test(text);
}

export async function watchForViolations(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript(reportViolationsInPage, VIOLATION_PREFIX);
  context.on("console", (message) => {
    const text = message.text();
    if (isCspViolation(text)) violations.push(`${message.page()?.url() ?? "?"}: ${text}`);
  });
}

export const test = base.extend<{ cspViolationGuard: undefined }>({
  cspViolationGuard: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      await watchForViolations(context, violations);
      // Specs that play two people open extra contexts: watch those as well, for this test only.
      const newContext: Browser["newContext"] = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const created = await newContext(options);
        await watchForViolations(created, violations);
        return created;
      };
      try {
        await use(undefined);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "no page may report a Content-Security-Policy violation").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
