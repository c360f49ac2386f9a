import type { Page } from "@playwright/test";
import { signUp } from "./support/auth-pages.ts";
import { createGigs, uniqueWord, type NewGig } from "./support/gigs.ts";
import { uniqueUser } from "./support/users.ts";
import { expect, test } from "./support/test.ts";

function gig(title: string, price = "50.00"): NewGig {
  return { title, description: "Careful work with tidy handover notes, on time.", price, delivery_days: 3 };
}

function gigCards(page: Page) {
  return page.getByRole("region", { name: "Results" }).getByRole("article");
}

async function listGigs(page: Page, gigs: NewGig[]): Promise<void> {
  await signUp(page, uniqueUser());
  await createGigs(page.request, gigs);
}

test("searching from /gigs ranks by relevance, and the sort select says so", async ({ page }) => {
  const word = uniqueWord();
  // The description match is newer: only relevance puts the title match first.
  await listGigs(page, [
    gig(`Vector ${word} logo pack`),
    { ...gig("Landing page build"), description: `Landing pages, with a ${word} logo if you like.` },
  ]);
  await page.goto("/gigs");
  await expect(page.getByLabel("Sort by")).toHaveValue("newest");
  await page.getByRole("searchbox", { name: "Search gigs" }).fill(word);
  await expect(page.getByLabel("Sort by")).toHaveValue("relevance");
  await page.getByRole("searchbox", { name: "Search gigs" }).press("Enter");
  await expect(page).toHaveURL(`/gigs?q=${word}`);
  await expect(page.getByLabel("Sort by")).toHaveValue("relevance");
  await expect(gigCards(page).first()).toContainText(`Vector ${word} logo pack`);
  await expect(gigCards(page)).toHaveCount(2);
});

test("a typo in one of several words still finds the gig, closest first", async ({ page }) => {
  const word = uniqueWord();
  await listGigs(page, [
    gig(`I will design a modern minimalist logo ${word}`),
    gig(`I will build a React Native app ${word}`),
    gig(`I will build a production-ready FastAPI backend ${word}`),
  ]);
  await page.goto(`/gigs?q=${word}+desing`);
  await expect(page.getByRole("status").filter({ hasText: "1 gig found" })).toBeVisible();
  await expect(gigCards(page)).toContainText([`minimalist logo ${word}`]);

  await page.goto(`/gigs?q=reakt+${word}`);
  await expect(gigCards(page)).toHaveCount(2);
  await expect(gigCards(page).first()).toContainText("React Native app");
});

test("results are counted, pages go back, filters apply alike, and the home page searches", async ({ page }) => {
  const word = uniqueWord();
  const gigs = Array.from({ length: 45 }, (_, index) =>
    gig(`Gig ${index + 1} of the ${word} counting story`, `${index + 10}.00`),
  );
  await listGigs(page, gigs);

  await test.step("the home page has a search box and the newest gigs", async () => {
    await page.goto("/");
    const newest = page.getByRole("region", { name: "Newest gigs" });
    await expect(newest.getByRole("article")).toHaveCount(3);
    await page.getByRole("searchbox", { name: "Search gigs" }).fill(word);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(`/gigs?q=${word}`);
    await expect(page.getByRole("status").filter({ hasText: "Page 1: gigs 1–20 of 45" })).toBeVisible();
  });

  await test.step("page 3 goes back to page 2 and to the first page", async () => {
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await pagination.getByRole("link", { name: "Next page" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Page 2: gigs 21–40 of 45" })).toBeVisible();
    await expect(pagination.getByRole("link", { name: "First page" })).toBeVisible();
    await pagination.getByRole("link", { name: "Next page" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Page 3: gigs 41–45 of 45" })).toBeVisible();
    await pagination.getByRole("link", { name: "Previous" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Page 2: gigs 21–40 of 45" })).toBeVisible();
    await pagination.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(`/gigs?q=${word}`);
    await expect(page.getByRole("status").filter({ hasText: "Page 1: gigs 1–20 of 45" })).toBeVisible();
  });

  await test.step("a price applies on leaving the form, as the sort applies when picked", async () => {
    await page.getByLabel("Min price ($)").fill("20");
    await page.getByLabel("Max price ($)").fill("24");
    await expect(page).toHaveURL(`/gigs?q=${word}`); // moving between fields does not apply yet
    await page.getByRole("heading", { level: 1 }).click();
    await expect(page).toHaveURL(`/gigs?q=${word}&min_price=20&max_price=24`);
    await expect(page.getByRole("status").filter({ hasText: "5 gigs found" })).toBeVisible();
    await page.getByLabel("Sort by").selectOption({ label: "Price: high to low" });
    await expect(page).toHaveURL(`/gigs?q=${word}&min_price=20&max_price=24&sort=price_desc`);
    await expect(gigCards(page).first()).toContainText("$24.00");
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the filters fold behind a toggle that counts the active ones", async ({ page }) => {
    const word = uniqueWord();
    await listGigs(page, [gig(`Phone ${word} gig`, "30.00")]);
    await page.goto(`/gigs?q=${word}&max_price=40`);
    const toggle = page.getByRole("button", { name: /^Filters/ });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toContainText("1");
    await expect(page.getByLabel("Min price ($)")).toBeHidden();
    // The results start on the first screen.
    await expect(gigCards(page).first()).toBeInViewport();
    const box = await toggle.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByLabel("Min price ($)")).toBeVisible();
    await expect(page.getByLabel("Max price ($)")).toHaveValue("40");
  });
});
