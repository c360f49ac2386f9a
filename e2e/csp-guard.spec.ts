// The guard of e2e/support/test.ts, proven on its own: it must record a violation when a page causes one, or a
// clean e2e run would mean nothing. Plain Playwright here, so the recorded violation fails no guard.
import { expect, test } from "@playwright/test";
import { watchForViolations } from "./support/test.ts";

test("the CSP guard records a violation when a page causes one", async ({ browser }) => {
  const context = await browser.newContext();
  const violations: string[] = [];
  await watchForViolations(context, violations);
  const page = await context.newPage();
  await page.goto("/gigs");
  expect(violations).toEqual([]);

  const reported = page.waitForEvent("console", (message) => message.text().startsWith("[csp-violation]"));
  // A picture from a plain-http host: img-src allows only self, https: and data:, so the browser refuses it.
  await page.evaluate(() => {
    const image = new Image();
    image.src = "http://blocked.invalid/tracker.png";
    document.body.append(image);
  });
  await reported;
  expect(violations.some((line) => line.includes("img-src") && line.includes("blocked.invalid"))).toBe(true);
  await context.close();
});
