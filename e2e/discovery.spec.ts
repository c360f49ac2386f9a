// Discovery (DESIGN §14) as a buyer meets it: from the home page into a category and a subcategory, narrowed by a
// skill, then a gig saved on the way through sign-in and found again in Saved gigs.
import type { Page } from "@playwright/test";
import { signInHere, signUp } from "./support/auth-pages.ts";
import { uniqueWord } from "./support/gigs.ts";
import { createGig } from "./support/orders.ts";
import { uniqueUser } from "./support/users.ts";
import { expect, test } from "./support/test.ts";

function results(page: Page) {
  return page.getByRole("region", { name: "Results" });
}

test("a visitor browses a category, filters by a skill, saves a gig while signing in, and finds it saved", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const skill = uniqueWord(); // a tag no other test uses: its filter finds exactly this run's gigs
  const title = `I will design a bold logo for your bakery ${skill}`;
  const other = `I will design a logo for your studio ${skill}`;
  const buyer = uniqueUser();

  await test.step("a designer publishes two logo gigs, one with the skill; the buyer has an account", async () => {
    const context = await browser.newContext();
    const designer = await context.newPage();
    await signUp(designer, uniqueUser());
    const base = { description: "Three logo concepts and every file format.", price: "90.00", delivery_days: 4 };
    await createGig(designer.request, { ...base, title, category: "logo-brand", tags: [skill, "branding"] });
    await createGig(designer.request, { ...base, title: other, category: "logo-brand", tags: ["branding"] });
    await context.close();
    const buyerContext = await browser.newContext();
    await signUp(await buyerContext.newPage(), buyer);
    await buyerContext.close();
  });

  await test.step("from the home page into Design, then Logo & brand", async () => {
    await page.goto("/");
    await page
      .getByRole("region", { name: "Browse by category" })
      .getByRole("link", { name: "Design", exact: true })
      .click();
    await expect(page).toHaveURL(/\/gigs\?category=design$/);
    await expect(page.getByRole("heading", { level: 1, name: "Design gigs" })).toBeVisible();
    await expect(page).toHaveTitle(/Design gigs/);
    const categories = page.getByRole("navigation", { name: "Categories" });
    await categories.getByRole("link", { name: /^Logo & brand/ }).click();
    await expect(page).toHaveURL(/category=logo-brand/);
    await expect(page.getByRole("heading", { level: 1, name: "Logo & brand gigs" })).toBeVisible();
    await expect(categories.getByRole("link", { name: /^Logo & brand/ })).toHaveAttribute("aria-current", "page");
  });

  await test.step("the skill on a card narrows the list to the gigs that have it", async () => {
    await page.goto(`/gigs?category=logo-brand&tag=branding&q=${skill}`);
    await expect(results(page).getByRole("article")).toHaveCount(2);
    await results(page).getByRole("article", { name: title }).getByRole("link", { name: skill, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`tag=${skill}`));
    await expect(results(page).getByRole("article")).toHaveCount(1);
    await expect(results(page).getByRole("article", { name: title })).toBeVisible();
    await expect(page.getByRole("link", { name: `Remove the skill ${skill}` })).toBeVisible();
  });

  await test.step("saving the gig signs the visitor in on the way and keeps it", async () => {
    await results(page).getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.getByRole("button", { name: `Save “${title}”`, exact: true }).click();
    await expect(page).toHaveURL(/\/auth\/sign-in\?next=/);
    await signInHere(page, buyer);
    await expect(page.getByRole("button", { name: `Save “${title}”`, exact: true })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  await test.step("the gig is in Saved gigs", async () => {
    await page.goto("/favorites");
    await expect(page.getByRole("heading", { level: 1, name: "Saved gigs" })).toBeVisible();
    await expect(page.getByRole("article", { name: title })).toBeVisible();
    await expect(page.getByRole("article", { name: other })).toHaveCount(0);
  });
});
