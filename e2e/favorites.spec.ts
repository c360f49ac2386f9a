// Saved gigs: the heart on gig pages and cards, the way through sign-in for a visitor, and the /favorites page.
import type { Page } from "@playwright/test";
import { signInHere, signUp } from "./support/auth-pages.ts";
import { uniqueWord } from "./support/gigs.ts";
import { createGig } from "./support/orders.ts";
import { uniqueUser } from "./support/users.ts";
import { expect, test } from "./support/test.ts";

function heart(page: Page, title: string) {
  return page.getByRole("button", { name: `Save “${title}”`, exact: true });
}

test("a visitor presses a heart, signs in, comes back to the saved gig, finds it in Saved gigs and removes it", async ({
  page,
  browser,
}) => {
  // Two sign-ups (Argon2id), a sign-in and a dozen page loads.
  test.setTimeout(120_000);
  const word = uniqueWord();
  const title = `I will design a calm admin dashboard ${word}`;
  const client = uniqueUser();

  const gigId = await test.step("a freelancer publishes a gig, and the client has an account", async () => {
    const freelancerContext = await browser.newContext();
    const freelancer = await freelancerContext.newPage();
    await signUp(freelancer, uniqueUser());
    const id = await createGig(freelancer.request, {
      title,
      description: "A clear, accessible dashboard design in Figma with a component library.",
      price: "240.00",
      delivery_days: 6,
    });
    await freelancerContext.close();
    const clientContext = await browser.newContext();
    await signUp(await clientContext.newPage(), client);
    await clientContext.close();
    return id;
  });

  await test.step("signed out, the heart on the gig page leads to sign-in", async () => {
    await page.goto(`/gigs/${gigId}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(heart(page, title)).toHaveAttribute("aria-pressed", "false");
    await heart(page, title).click();
    await expect(page).toHaveURL(/\/auth\/sign-in\?next=/);
  });

  await test.step("after signing in the visitor is back on the gig, and it is saved", async () => {
    await signInHere(page, client);
    // The "save on arrival" marker is dropped once it has done its work.
    await expect(page).toHaveURL(`/gigs/${gigId}`);
    await expect(heart(page, title)).toHaveAttribute("aria-pressed", "true");
    await page.reload();
    await expect(heart(page, title)).toHaveAttribute("aria-pressed", "true");
  });

  await test.step("the card on /gigs shows the filled heart, also after a reload", async () => {
    await page.goto(`/gigs?q=${word}`);
    const card = page.getByRole("region", { name: "Results" }).getByRole("article", { name: title });
    await expect(heart(card.page(), title)).toHaveAttribute("aria-pressed", "true");
    // Un-save and save again from the card: each change is kept by the API.
    await card.getByRole("button", { name: `Save “${title}”` }).click();
    await expect(card.getByRole("button", { name: `Save “${title}”`, pressed: false })).toBeVisible();
    await page.reload();
    await expect(card.getByRole("button", { name: `Save “${title}”`, pressed: false })).toBeVisible();
    await card.getByRole("button", { name: `Save “${title}”` }).click();
    await expect(card.getByRole("button", { name: `Save “${title}”`, pressed: true })).toBeVisible();
    await page.reload();
    await expect(card.getByRole("button", { name: `Save “${title}”`, pressed: true })).toBeVisible();
  });

  await test.step("Saved gigs lists it; removing it there empties the list", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Saved gigs" }).click();
    await expect(page).toHaveURL("/favorites");
    await expect(page.getByRole("heading", { level: 1, name: "Saved gigs" })).toBeVisible();
    const card = page.getByRole("article", { name: title });
    await expect(card).toBeVisible();
    await card.getByRole("button", { name: `Save “${title}”`, pressed: true }).click();
    // It stays in place, unfilled, so a slip can be undone; the next visit reads the list again.
    await expect(card.getByRole("button", { name: `Save “${title}”`, pressed: false })).toBeVisible();
    await page.reload();
    await expect(page.getByText("You have not saved any gigs yet.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Browse gigs" })).toHaveAttribute("href", "/gigs");
  });

  await test.step("the gig page agrees: nothing saved", async () => {
    await page.goto(`/gigs/${gigId}`);
    await expect(heart(page, title)).toHaveAttribute("aria-pressed", "false");
  });
});
