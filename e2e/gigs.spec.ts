import type { Page } from "@playwright/test";
import { signUp } from "./support/auth-pages.ts";
import { createGigs, uniqueWord, type NewGig } from "./support/gigs.ts";
import { uniqueUser } from "./support/users.ts";
import { expect, test } from "./support/test.ts";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

async function searchFor(page: Page, words: string): Promise<void> {
  await page.getByRole("searchbox", { name: "Search gigs" }).fill(words);
  await page.getByRole("searchbox", { name: "Search gigs" }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]q=${words}`));
}

function gigCards(page: Page) {
  return page.getByRole("region", { name: "Results" }).getByRole("article");
}

test("a freelancer lists a gig, clients find it, and it leaves the marketplace when deactivated", async ({
  page,
  browser,
}) => {
  const freelancer = uniqueUser();
  const word = uniqueWord();
  const gig = {
    title: `I will build an accessible landing page ${word.slice(-4)}`,
    description: `A fast, responsive landing page with ${word} analytics, forms and tidy handover notes.`,
  };
  let gigUrl = "";

  await test.step("sign up and open the gig form from My gigs", async () => {
    await signUp(page, freelancer);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My gigs" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your gigs" })).toBeVisible();
    await page.getByRole("link", { name: "Create a gig" }).click();
    await expect(page).toHaveURL("/gigs/new");
  });

  await test.step("the form checks the fields as they are filled in", async () => {
    await page.getByLabel("Title").fill("Logo");
    await page.getByLabel("Description").focus();
    await expect(page.getByText("Use at least 5 characters.")).toBeVisible();
    await page.getByLabel("Price (USD)").fill("12.345");
    await page.getByLabel("Delivery time (days)").focus();
    await expect(page.getByText("at most two decimals")).toBeVisible();
  });

  await test.step("publishing asks for payment instructions first, and keeps the draft", async () => {
    await page.getByLabel("Title").fill(gig.title);
    await page.getByLabel("Description").fill(gig.description);
    await page.getByLabel("Price (USD)").fill("120");
    await page.getByLabel("Delivery time (days)").fill("5");
    await page.getByRole("button", { name: "Publish gig" }).click();
    // The category is required: the form says so before anything is sent.
    await expect(page.getByText("Choose the category your gig belongs in.")).toBeVisible();
    await page.getByLabel("Category").selectOption({ label: "Backend & APIs" });
    await page.getByLabel("Tags (optional)").fill("FastAPI, Python");
    await page.getByRole("button", { name: "Publish gig" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Add your payment instructions in Settings" }),
    ).toBeVisible();
    const settingsTab = page.waitForEvent("popup");
    await page.getByRole("link", { name: /Add your payment instructions/ }).click();
    const settings = await settingsTab;
    await settings.getByLabel("Payment instructions", { exact: true }).fill("PayPal: e2e-seller@example.com");
    await settings.getByRole("button", { name: "Save changes" }).click();
    await expect(settings.getByText("Profile saved")).toBeVisible();
    await settings.close();
    await expect(page.getByLabel("Title")).toHaveValue(gig.title);
  });

  await test.step("publish the gig and land on its page", async () => {
    await page.getByRole("button", { name: "Publish gig" }).click();
    await expect(page).toHaveURL(new RegExp(`/gigs/${UUID}$`));
    gigUrl = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1, name: gig.title })).toBeVisible();
    await expect(page.getByText("$120.00")).toBeVisible();
    await expect(page.getByRole("button", { name: "Order this gig" })).toBeDisabled();
    await expect(page.getByText("This is your gig, so you cannot order it.")).toBeVisible();
  });

  await test.step("find it on /gigs by a word from its description and open it", async () => {
    await page.goto("/gigs");
    await searchFor(page, word);
    await expect(page.getByRole("status").filter({ hasText: "1 gig found" })).toBeVisible();
    await gigCards(page).getByRole("link", { name: gig.title }).click();
    await expect(page).toHaveURL(gigUrl);
    await expect(page.getByRole("heading", { level: 1, name: gig.title })).toBeVisible();
  });

  await test.step("edit its price", async () => {
    await page.getByRole("link", { name: "Edit gig" }).click();
    await expect(page).toHaveURL(`${gigUrl}/edit`);
    await expect(page.getByLabel("Price (USD)")).toHaveValue("120.00");
    await page.getByLabel("Price (USD)").fill("150.50");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(gigUrl);
    await expect(page.getByText("$150.50")).toBeVisible();
  });

  await test.step("without payment instructions, a buyer is told why the gig cannot be ordered", async () => {
    const cleared = await page.request.patch("/api/v1/users/me", { data: { payment_instructions: "" } });
    expect(cleared.status()).toBe(200);
    const buyerContext = await browser.newContext();
    const buyer = await buyerContext.newPage();
    await signUp(buyer, uniqueUser());
    await buyer.goto(gigUrl);
    await expect(buyer.getByRole("button", { name: "Order this gig" })).toBeDisabled();
    await expect(buyer.getByText("This freelancer has not said how to pay them yet")).toBeVisible();
    await buyerContext.close();
  });

  await test.step("deactivate it in My gigs", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My gigs" }).click();
    const row = page.getByRole("article", { name: gig.title });
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
    await row.getByRole("button", { name: `Deactivate ${gig.title}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "is inactive and hidden" })).toBeVisible();
    await expect(row.getByText("Inactive", { exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: `Activate ${gig.title}` })).toBeVisible();
  });

  await test.step("a signed-out visitor no longer finds it", async () => {
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto("/gigs");
    await searchFor(visitor, word);
    await expect(visitor.getByRole("heading", { name: `No gigs match “${word}”` })).toBeVisible();
    await visitor.goto(gigUrl);
    await expect(visitor.getByRole("heading", { level: 1, name: "Gig not found" })).toBeVisible();
    await visitorContext.close();
  });

  await test.step("its owner still sees it, marked inactive", async () => {
    await page.goto(gigUrl);
    await expect(page.getByText("Inactive", { exact: true })).toBeVisible();
  });
});

test("a visitor searches, filters, sorts and pages through gigs", async ({ page, browser }) => {
  const word = uniqueWord();
  // 25 gigs priced $10…$250, delivered in 1…5 days: more than one page of 20.
  const gigs: NewGig[] = Array.from({ length: 25 }, (_, index) => ({
    title: `Gig number ${index + 1} for the pagination story`,
    description: `A ${word} service used to check that search, filters, sorting and pages agree.`,
    price: `${(index + 1) * 10}.00`,
    delivery_days: (index % 5) + 1,
  }));

  await test.step("a freelancer has listed 25 matching gigs", async () => {
    await signUp(page, uniqueUser());
    await createGigs(page.request, gigs);
  });

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();

  await test.step("search, then sort by price from low to high", async () => {
    await visitor.goto("/gigs");
    await searchFor(visitor, word);
    await visitor.getByLabel("Sort by").selectOption({ label: "Price: low to high" });
    await expect(visitor).toHaveURL(`/gigs?q=${word}&sort=price_asc`);
    await expect(visitor.getByRole("status").filter({ hasText: "Page 1: gigs 1–20" })).toBeVisible();
    await expect(gigCards(visitor)).toHaveCount(20);
    await expect(gigCards(visitor).first()).toContainText("$10.00");
    await expect(gigCards(visitor).last()).toContainText("$200.00");
  });

  await test.step("the next page continues where the first ended, and back returns", async () => {
    await visitor.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next page" }).click();
    await expect(visitor).toHaveURL(/[?&]cursor=.+&page=2$/);
    await expect(visitor.getByRole("status").filter({ hasText: "Page 2: gigs 21–25" })).toBeVisible();
    await expect(gigCards(visitor)).toHaveCount(5);
    await expect(gigCards(visitor).first()).toContainText("$210.00");
    await expect(visitor.getByRole("link", { name: "Next page" })).toHaveCount(0);
    await visitor.goBack();
    await expect(visitor).toHaveURL(`/gigs?q=${word}&sort=price_asc`);
    await expect(gigCards(visitor).first()).toContainText("$10.00");
  });

  await test.step("sorting from high to low puts the dearest first", async () => {
    await visitor.getByLabel("Sort by").selectOption({ label: "Price: high to low" });
    await expect(visitor).toHaveURL(`/gigs?q=${word}&sort=price_desc`);
    await expect(gigCards(visitor).first()).toContainText("$250.00");
  });

  await test.step("filter by price and delivery time", async () => {
    await visitor.getByLabel("Max price ($)").fill("50");
    await visitor.getByLabel("Max price ($)").press("Enter");
    await expect(visitor.getByRole("status").filter({ hasText: "5 gigs found" })).toBeVisible();
    await visitor.getByLabel("Delivery time").selectOption({ label: "Within 3 days" });
    await expect(visitor).toHaveURL(`/gigs?q=${word}&max_price=50&max_delivery_days=3&sort=price_desc`);
    await expect(visitor.getByRole("status").filter({ hasText: "3 gigs found" })).toBeVisible();
    await expect(gigCards(visitor).first()).toContainText("$30.00");
  });

  await test.step("filters that rule everything out offer to clear them", async () => {
    await visitor.getByLabel("Min price ($)").fill("40");
    await visitor.getByLabel("Max price ($)").fill("45");
    await visitor.getByLabel("Max price ($)").press("Enter");
    await expect(visitor.getByRole("heading", { name: `No gigs match “${word}”` })).toBeVisible();
    await visitor.getByRole("region", { name: "Results" }).getByRole("link", { name: "Clear filters" }).click();
    await expect(visitor).toHaveURL(`/gigs?q=${word}&sort=price_desc`);
    await expect(visitor.getByRole("status").filter({ hasText: "Page 1: gigs 1–20" })).toBeVisible();
  });

  await visitorContext.close();
});
