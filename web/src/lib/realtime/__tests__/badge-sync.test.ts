import { afterAll, afterEach, describe, expect, it } from "vitest";

import { announceBadgesChanged, onBadgesChangedElsewhere } from "../badge-sync";

// Another tab of the same browser, as far as the channel can tell.
const otherTab = new BroadcastChannel("devmarket-badges");

afterEach(() => {
  otherTab.onmessage = null;
});
afterAll(() => {
  otherTab.close();
});

describe("badge sync between tabs", () => {
  it("tells the other tabs when this one marked something read", async () => {
    const heard = new Promise((resolve) => {
      otherTab.onmessage = resolve;
    });
    announceBadgesChanged();
    await expect(heard).resolves.toBeDefined();
  });

  it("hears the other tabs, until it stops listening", async () => {
    let calls = 0;
    const heard = new Promise<void>((resolve) => {
      const stop = onBadgesChangedElsewhere(() => {
        calls += 1;
        stop();
        resolve();
      });
    });
    otherTab.postMessage("read");
    await heard;
    otherTab.postMessage("read");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toBe(1);
  });
});
