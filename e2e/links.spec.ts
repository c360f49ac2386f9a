// Addresses people write (bios, messages) are links that open safely; other schemes stay text.
import { signUpPerson } from "./support/admin.ts";
import { apiPath, currentUserId } from "./support/orders.ts";
import { expect, test } from "./support/test.ts";

const SAFE_REL = "noopener noreferrer nofollow";

test("web addresses in a bio and in a message are links; a javascript: address is not", async ({ browser }) => {
  const ada = await signUpPerson(browser);
  const ben = await signUpPerson(browser);
  const [adaId, benId] = [await currentUserId(ada.page.request), await currentUserId(ben.page.request)];

  await test.step("a bio's address is a link on the public profile", async () => {
    const bio = "Portfolio: https://portfolio.example.com/ada (recent work). Not a link: javascript:alert(1)";
    expect((await ada.page.request.patch(apiPath("/users/me"), { data: { bio } })).status()).toBe(200);
    await ben.page.goto(`/users/${adaId}`);
    const link = ben.page.getByRole("link", { name: "https://portfolio.example.com/ada" });
    await expect(link).toHaveAttribute("href", "https://portfolio.example.com/ada");
    await expect(link).toHaveAttribute("rel", SAFE_REL);
    await expect(ben.page.getByText("Not a link: javascript:alert(1)")).toBeVisible();
    await expect(ben.page.locator('a[href^="javascript:"]')).toHaveCount(0);
  });

  await test.step("a message's address is a link in the thread, for both sides", async () => {
    const content = "The mock-ups are at https://files.example.com/mockups?v=2.";
    const sent = await ada.page.request.post(apiPath("/messages"), { data: { receiver_id: benId, content } });
    expect(sent.status()).toBe(201);
    for (const [page, otherId] of [
      [ben.page, adaId],
      [ada.page, benId],
    ] as const) {
      await page.goto(`/messages/${otherId}`);
      const link = page.getByRole("link", { name: "https://files.example.com/mockups?v=2", exact: true });
      await expect(link).toHaveAttribute("href", "https://files.example.com/mockups?v=2");
      await expect(link).toHaveAttribute("rel", SAFE_REL);
      await expect(link).toHaveAttribute("target", "_blank");
    }
  });
});
