// Live updates over the WebSocket: two people in two browsers see each other's messages and order actions
// without reloading. Scenes that are not the point of the story (gig, order, payment proof) are set up through
// the API with each person's own cookie.
import type { Browser, Page } from "@playwright/test";
import { signUp } from "./support/auth-pages.ts";
import { apiPath, createGig, currentUserId, expectCurrentStep, placeOrder } from "./support/orders.ts";
import { uniqueUser, type NewUser } from "./support/users.ts";
import { expect, test } from "./support/test.ts";

interface Person {
  user: NewUser;
  page: Page;
  id: string;
}

/** Someone with their own browser context (own cookie, own socket), signed up through the UI. */
async function newPerson(browser: Browser): Promise<Person> {
  const page = await (await browser.newContext()).newPage();
  const user = uniqueUser();
  await signUp(page, user);
  return { user, page, id: await currentUserId(page.request) };
}

function messageLog(page: Page, otherName: string) {
  return page.getByRole("log", { name: `Messages with ${otherName}` });
}

/**
 * Resolves when a socket opened by the page at `path` says it is ready. Sockets of the page it leaves
 * (the dashboard's, which may still be connecting) are ignored, as is any reconnect's predecessor.
 */
function socketReadyAfterNavigatingTo(page: Page, path: string): Promise<void> {
  let arrived = false;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && new URL(frame.url()).pathname === path) arrived = true;
  });
  return new Promise((resolve) => {
    page.on("websocket", (socket) => {
      if (!arrived) return;
      socket.on("framereceived", (frame) => {
        if (String(frame.payload).includes('"type":"ready"')) resolve();
      });
    });
  });
}

function composer(page: Page, otherName: string) {
  return page.getByRole("textbox", { name: `Message ${otherName}` });
}

function toasts(page: Page) {
  return page.getByRole("region", { name: "Alerts" });
}

test("two people chat live: each sees the other's message arrive without reloading", async ({ browser }) => {
  test.setTimeout(90_000);
  const ada = await newPerson(browser);
  const ben = await newPerson(browser);

  await test.step("Ada opens a conversation with Ben, whom she has never written to", async () => {
    await ada.page.goto(`/messages/${ben.id}`);
    await expect(ada.page.getByRole("heading", { level: 2, name: ben.user.fullName })).toBeVisible();
    await expect(ada.page.getByText(`No messages yet. Say hello to ${ben.user.fullName}.`)).toBeVisible();
  });

  await test.step("Ben waits on his empty inbox", async () => {
    await ben.page.goto("/messages");
    await expect(ben.page.getByText("No conversations yet")).toBeVisible();
  });

  const question = "Hi Ben! Could you build a landing page by Friday?";
  await test.step("Ada sends with Enter; it shows in her thread at once", async () => {
    await composer(ada.page, ben.user.fullName).fill(question);
    await composer(ada.page, ben.user.fullName).press("Enter");
    await expect(messageLog(ada.page, ben.user.fullName).getByText(question)).toBeVisible();
    await expect(ada.page.getByText("Sending…")).toBeHidden();
    await expect(composer(ada.page, ben.user.fullName)).toHaveValue("");
  });

  await test.step("Ben's inbox, unread badge and a toast show it live", async () => {
    const conversation = ben.page.getByRole("link", { name: new RegExp(`^${ada.user.fullName}.*1 unread`) });
    await expect(conversation).toBeVisible();
    // The count is said in words after the label ("Messages, 1 unread"); browsers may add a space before the comma.
    await expect(ben.page.getByRole("link", { name: /^Messages\W+1 unread$/ })).toBeVisible();
    // The name is bidi-isolated (U+2068 … U+2069) inside the sentence.
    await expect(toasts(ben.page).getByText(`New message from \u2068${ada.user.fullName}\u2069`)).toBeVisible();
    await conversation.click();
    await expect(messageLog(ben.page, ada.user.fullName).getByText(question)).toBeVisible();
    // Reading the conversation clears the badge.
    await expect(ben.page.getByRole("link", { name: "Messages", exact: true })).toBeVisible();
  });

  const answer = "Hello Ada, yes: Friday works.";
  await test.step("Ben answers; Ada, still on the conversation, sees it without reloading", async () => {
    await composer(ben.page, ada.user.fullName).fill(answer);
    await ben.page.getByRole("button", { name: "Send" }).click();
    await expect(messageLog(ben.page, ada.user.fullName).getByText(answer)).toBeVisible();
    await expect(messageLog(ada.page, ben.user.fullName).getByText(answer)).toBeVisible();
  });

  await test.step("Shift+Enter makes a new line instead of sending", async () => {
    const box = composer(ada.page, ben.user.fullName);
    await box.fill("Great.");
    await box.press("Shift+Enter");
    await box.pressSequentially("See you then.");
    await expect(box).toHaveValue("Great.\nSee you then.");
    await box.press("Enter");
    await expect(messageLog(ben.page, ada.user.fullName).getByText("See you then.")).toBeVisible();
  });
});

test("the client's order page changes status live when the freelancer confirms the payment", async ({ browser }) => {
  test.setTimeout(90_000);
  const freelancer = await newPerson(browser);
  const client = await newPerson(browser);
  const gigId = await createGig(freelancer.page.request, {
    title: `I will design your logo ${Math.random().toString(36).slice(2, 8)}`,
    description: "Three logo concepts, two rounds of changes, and the source files.",
    price: "80.00",
    delivery_days: 4,
  });
  const orderId = await placeOrder(client.page.request, gigId);
  const proof = await client.page.request.patch(apiPath(`/orders/${orderId}/submit-payment`), {
    data: { proof_reference: `TX-${Date.now().toString(36)}`, payer_name: client.user.fullName, amount: "80.00" },
  });
  expect(proof.status(), await proof.text()).toBe(200);
  const { reference_code: reference } = (await proof.json()) as { reference_code: string };

  await test.step("the client watches the order wait for the freelancer", async () => {
    // Live updates start once the page's socket is ready; what happens before that is the page's own render.
    const ready = socketReadyAfterNavigatingTo(client.page, `/orders/${orderId}`);
    await client.page.goto(`/orders/${orderId}`);
    await ready;
    await expectCurrentStep(client.page, "Payment submitted");
  });

  await test.step("the freelancer confirms the payment; the client's page follows without a reload", async () => {
    const confirmed = await freelancer.page.request.patch(apiPath(`/orders/${orderId}/confirm-payment`));
    expect(confirmed.status(), await confirmed.text()).toBe(200);
    await expectCurrentStep(client.page, "Payment confirmed");
    // The page shows the change itself: no toast repeats it.
    await expect(toasts(client.page).getByText(`Order ${reference}: payment confirmed`)).toHaveCount(0);
  });

  await test.step("a message about the order reaches the client's order page live", async () => {
    await freelancer.page.goto(`/orders/${orderId}`);
    const note = "Payment received, starting tomorrow morning.";
    await composer(freelancer.page, client.user.fullName).fill(note);
    await composer(freelancer.page, client.user.fullName).press("Enter");
    await expect(messageLog(client.page, freelancer.user.fullName).getByText(note)).toBeVisible();
  });
});

test("a dropped connection loses nothing: what arrived meanwhile is caught up on reconnect", async ({ browser }) => {
  test.setTimeout(90_000);
  const ada = await newPerson(browser);
  const ben = await newPerson(browser);

  // Ben's socket goes through a switch: while it is off, every connection attempt is refused at once.
  let isCut = false;
  const liveSockets: { close: () => Promise<void> }[] = [];
  await ben.page.routeWebSocket("**/ws", (socket) => {
    if (isCut) {
      void socket.close({ code: 1011, reason: "cut by the test" });
      return;
    }
    socket.connectToServer();
    liveSockets.push(socket);
  });

  // Ben's tab is slow to start, as on a loaded phone: the bell's list does not come back before Ada has
  // written. Where the socket catches up from must not hang on it (it is the newest id the page was
  // rendered with), or what Ada writes meanwhile would count as already seen.
  let adaHasWritten = (): void => undefined;
  const written = new Promise<void>((resolve) => (adaHasWritten = resolve));
  await ben.page.route(
    (url) => url.pathname.endsWith("/notifications") && !url.searchParams.has("after"),
    async (route) => {
      await written;
      await route.continue();
    },
  );

  await ben.page.goto(`/messages/${ada.id}`);
  await expect(ben.page.getByText(`No messages yet. Say hello to ${ada.user.fullName}.`)).toBeVisible();

  await test.step("Ben's connection drops, and Ada writes twice meanwhile", async () => {
    isCut = true;
    await Promise.all(liveSockets.map((socket) => socket.close()));
    for (const content of ["First, while you were offline.", "Second, still offline."]) {
      const sent = await ada.page.request.post(apiPath("/messages"), { data: { receiver_id: ben.id, content } });
      expect(sent.status(), await sent.text()).toBe(201);
    }
    adaHasWritten();
  });

  await test.step("the connection comes back and both messages appear, in order, without a reload", async () => {
    isCut = false;
    const log = messageLog(ben.page, ada.user.fullName);
    // Reconnection waits out a jittered backoff of a few seconds at most.
    await expect(log.getByRole("listitem")).toHaveCount(2, { timeout: 20_000 });
    await expect(log.getByRole("listitem").first()).toContainText("First, while you were offline.");
    await expect(log.getByRole("listitem").last()).toContainText("Second, still offline.");
  });
});
