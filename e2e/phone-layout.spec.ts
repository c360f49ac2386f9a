// DevMarket on a phone (390×844): the navigation behind a "Menu" button, admin tables as cards, nothing scrolling
// sideways, and every tap target at least 44 px.
import type { Locator, Page } from "@playwright/test";
import { signUpAdmin, signUpPerson, userRow } from "./support/admin.ts";
import { apiPath, currentUserId } from "./support/orders.ts";
import { expect, test } from "./support/test.ts";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const MIN_TAP = 44;

/** The page's own width fits the screen: nothing needs a sideways scroll. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  const widths = await page.evaluate(() => ({
    scroll: document.scrollingElement?.scrollWidth ?? 0,
    inner: window.innerWidth,
  }));
  expect(widths.scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(widths.inner);
}

/** Every visible element matched is at least 44×44 px, as a finger needs. */
async function expectTapTargets(targets: Locator): Promise<void> {
  const count = await targets.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const target = targets.nth(index);
    if (!(await target.isVisible())) continue;
    const box = await target.boundingBox();
    const name = (await target.getAttribute("aria-label")) ?? (await target.innerText());
    expect(box, name).not.toBeNull();
    expect(box!.height, `height of "${name}"`).toBeGreaterThanOrEqual(MIN_TAP);
    expect(box!.width, `width of "${name}"`).toBeGreaterThanOrEqual(MIN_TAP);
  }
}

function menuButton(page: Page): Locator {
  return page.getByRole("banner").getByRole("button", { name: "Menu" });
}

function mainNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "Main" });
}

async function openMenu(page: Page): Promise<Locator> {
  await menuButton(page).click();
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
  await expect(mainNav(page)).toBeVisible();
  return mainNav(page);
}

test("on a phone an admin reaches every page through the menu, keeps the Messages count in sight, and no page scrolls sideways", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await signUpAdmin(browser);
  const member = await signUpPerson(browser);
  const { page } = admin;

  await test.step("setup: a member writes to the admin", async () => {
    const sent = await member.page.request.post(apiPath("/messages"), {
      data: { receiver_id: await currentUserId(page.request), content: "Hello, is my refund on its way?" },
    });
    expect(sent.status(), await sent.text()).toBe(201);
  });

  await test.step("the header shows the logo, the bell, the Messages count and a Menu button — not the links", async () => {
    await page.goto("/dashboard");
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "DevMarket" })).toBeVisible();
    await expect(header.getByRole("button", { name: /^Notifications/ })).toBeVisible();
    await expect(header.getByRole("link", { name: /^Messages\W+1 unread$/ })).toBeVisible();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();
    // One row: the Menu button sits beside the logo, not wrapped under it.
    const logoBox = await header.getByRole("link", { name: "DevMarket" }).boundingBox();
    const menuBox = await menuButton(page).boundingBox();
    expect(Math.abs(logoBox!.y + logoBox!.height / 2 - (menuBox!.y + menuBox!.height / 2))).toBeLessThan(4);
    await expectTapTargets(header.getByRole("link").or(header.getByRole("button")));
    await expectNoSidewaysScroll(page);
  });

  await test.step("the menu holds every item, Admin and the Messages badge included, each easy to tap", async () => {
    const nav = await openMenu(page);
    await expect(menuButton(page)).toHaveAttribute("aria-controls", /.+/);
    for (const name of ["Gigs", "Dashboard", "My gigs", "Orders", "Admin"]) {
      await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(nav.getByRole("link", { name: /^Messages\W+1 unread$/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expectTapTargets(nav.getByRole("link"));
    await expectTapTargets(page.getByRole("button", { name: "Sign out" }));
  });

  await test.step("Tab goes from the Menu button into the menu; Escape closes it and focus returns to the button", async () => {
    await menuButton(page).focus();
    await page.keyboard.press("Tab");
    await expect(mainNav(page).getByRole("link", { name: "Gigs", exact: true })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(mainNav(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
  });

  const pages = [
    { name: "Gigs", url: "/gigs" },
    { name: "My gigs", url: "/dashboard/gigs" },
    { name: "Orders", url: "/orders" },
    { name: /^Messages/, url: "/messages" },
    { name: "Admin", url: "/admin/users" },
    { name: "Dashboard", url: "/dashboard" },
  ];
  for (const { name, url } of pages) {
    await test.step(`the menu leads to ${String(name)} and closes behind it; the page fits the screen`, async () => {
      const nav = await openMenu(page);
      await nav.getByRole("link", typeof name === "string" ? { name, exact: true } : { name }).click();
      await expect(page).toHaveURL(url);
      await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
      await expect(mainNav(page)).toBeHidden();
      await expectNoSidewaysScroll(page);
    });
  }

  await test.step("the other admin pages and settings fit the screen too", async () => {
    for (const url of ["/admin/gigs", "/admin/orders", "/admin/disputes", "/admin/audit-log", "/settings/profile"]) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
    }
  });
});

test("on a phone the admin users table is a list of cards: every column labelled and Ban within reach", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await signUpAdmin(browser);
  const member = await signUpPerson(browser);
  const { page } = admin;

  await page.goto(`/admin/users?q=${encodeURIComponent(member.user.email)}`);
  const card = userRow(page, member.user);
  await expect(card).toBeVisible();

  await test.step("the card shows each column with its label", async () => {
    for (const label of ["Name", "Email", "Status", "Joined"]) {
      await expect(card.getByText(label, { exact: true })).toBeVisible();
    }
    await expect(card.getByText("Active", { exact: true })).toBeVisible();
    await expect(card.getByText(member.user.email)).toBeVisible();
  });

  await test.step("Ban is on the screen without scrolling sideways, big enough to tap, and opens its dialog", async () => {
    const ban = card.getByRole("button", { name: `Ban ${member.user.fullName}`, exact: true });
    await ban.scrollIntoViewIfNeeded();
    await expect(ban).toBeInViewport();
    const box = await ban.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await expectTapTargets(ban);
    await expectNoSidewaysScroll(page);
    await ban.click();
    await expect(page.getByRole("dialog", { name: `Ban ${member.user.fullName}?` })).toBeVisible();
  });

  await test.step("every admin section is in sight, none cut off at the edge, each easy to tap", async () => {
    const sections = page.getByRole("navigation", { name: "Admin sections" }).getByRole("link");
    await expect(sections).toHaveCount(6);
    for (const section of await sections.all()) {
      const box = await section.boundingBox();
      expect(box!.x + box!.width, await section.innerText()).toBeLessThanOrEqual(390);
    }
    await expectTapTargets(sections);
  });

  await test.step("the search form's controls are easy to tap", async () => {
    await page.keyboard.press("Escape");
    const search = page.getByRole("search");
    await expectTapTargets(search.getByRole("searchbox"));
    await expectTapTargets(search.getByRole("combobox"));
    await expectTapTargets(search.getByRole("button"));
  });
});

test("on a phone a visitor finds Gigs and Create account in the menu, and Sign in in the header", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  const nav = await openMenu(page);
  await expect(nav.getByRole("link", { name: "Gigs", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create account" })).toBeVisible();
  await expectTapTargets(page.getByRole("banner").getByRole("link").or(page.getByRole("banner").getByRole("button")));
  await expectNoSidewaysScroll(page);
  await nav.getByRole("link", { name: "Gigs", exact: true }).click();
  await expect(page).toHaveURL("/gigs");
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
  // Going Back is a navigation too: the menu opened on /gigs does not follow to the previous page.
  await openMenu(page);
  await page.goBack();
  await expect(page).toHaveURL("/");
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
  await expect(mainNav(page)).toBeHidden();
});
