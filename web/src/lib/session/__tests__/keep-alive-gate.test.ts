import { beforeEach, describe, expect, it, vi } from "vitest";

const refreshAccessToken = vi.fn();
vi.mock("@/lib/auth/auth-client", () => ({ refreshAccessToken }));

describe("keep-alive gate", () => {
  beforeEach(() => {
    vi.resetModules();
    refreshAccessToken.mockReset();
  });

  it("waits for a refresh in flight before sign-out proceeds, and sends none after", async () => {
    let answer: (value: { ok: true }) => void = () => undefined;
    refreshAccessToken.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const gate = await import("../keep-alive-gate");

    const refresh = gate.refreshUnlessHalted();
    let halted = false;
    const halting = gate.haltKeepAlive().then(() => (halted = true));
    await Promise.resolve();
    expect(halted).toBe(false); // still waiting for the refresh to land

    answer({ ok: true });
    await refresh;
    await halting;
    expect(halted).toBe(true);
    expect(await gate.refreshUnlessHalted()).toBeNull();
    expect(refreshAccessToken).toHaveBeenCalledTimes(1);
  });
});
