// axe over a page as a person reads it, not a frame of a colour fade.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";

// A submit button stays disabled until React has hydrated, then fades to its enabled colours
// (`transition-colors`): a contrast check that lands on a frame of that fade reports colours nobody reads,
// and when it lands there depends on how loaded the machine is. With transitions off, every control shows
// the colours it settles on (a disabled one is exempt from the contrast rule either way).
const NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; }";

export async function analyzeSettled(page: Page): Promise<Awaited<ReturnType<AxeBuilder["analyze"]>>> {
  await page.addStyleTag({ content: NO_TRANSITIONS });
  return new AxeBuilder({ page }).analyze();
}
