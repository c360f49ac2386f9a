import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import {
  PING_AFTER_MS,
  PONG_TIMEOUT_MS,
  RealtimeClient,
  type NotificationsAfter,
  type RealtimeClientDeps,
  type SocketLike,
} from "../client";
import type { RealtimeNotification } from "../frames";

class FakeSocket implements SocketLike {
  sent: string[] = [];
  closedWith: number | null = null;
  onopen: SocketLike["onopen"] = null;
  onmessage: SocketLike["onmessage"] = null;
  onclose: SocketLike["onclose"] = null;
  onerror: SocketLike["onerror"] = null;

  constructor(readonly url: string) {}

  send(data: string) {
    this.sent.push(data);
  }
  close(code?: number) {
    this.closedWith = code ?? 1000;
  }
  open() {
    this.onopen?.(new Event("open"));
  }
  receive(frame: object) {
    this.onmessage?.({ data: JSON.stringify(frame) } as MessageEvent);
  }
  serverCloses(code: number) {
    this.onclose?.({ code } as CloseEvent);
  }
}

function notification(id: number): RealtimeNotification {
  return { id, type: "message.new", data: { n: id }, created_at: "2026-01-01T00:00:00Z" };
}

/** Lets the client's awaited promises (catch-up, ticket) settle. */
async function settle() {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

function setup(overrides: Partial<RealtimeClientDeps> = {}) {
  const sockets: FakeSocket[] = [];
  const delivered: { ids: number[]; source: string }[] = [];
  const backlog: RealtimeNotification[] = [];
  const fetchAfter = vi.fn((after: number): Promise<NotificationsAfter> =>
    Promise.resolve({ items: backlog.filter((n) => n.id > after), next_cursor: null }),
  );
  const deps: RealtimeClientDeps = {
    endpoint: () => ({ url: "ws://localhost:8000/ws", auth: "cookie" }),
    loadLatestId: () => Promise.resolve(10),
    fetchAfter,
    fetchTicket: vi.fn(() => Promise.resolve("ticket-1")),
    refreshSession: vi.fn(() => Promise.resolve("ok" as const)),
    onNotifications: (batch, source) => delivered.push({ ids: batch.map((n) => n.id), source }),
    onSignedOut: vi.fn(),
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    random: () => 0.5,
    ...overrides,
  };
  const client = new RealtimeClient(deps);
  const latest = () => {
    const socket = sockets.at(-1);
    if (!socket) throw new Error("no socket was opened");
    return socket;
  };
  return { client, deps, sockets, latest, delivered, backlog, fetchAfter };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("RealtimeClient", () => {
  it("catches up after the first id it was given, then delivers live frames in order", async () => {
    const { client, latest, delivered, backlog, fetchAfter } = setup();
    backlog.push(notification(9), notification(11), notification(12));
    client.start();
    await settle();
    latest().open();
    latest().receive({ type: "ready" });
    await settle();
    expect(fetchAfter).toHaveBeenCalledWith(10);
    expect(client.getState()).toBe("live");
    latest().receive({ type: "message.new", id: 13, data: {}, created_at: null });
    latest().receive({ type: "message.new", id: 12, data: {}, created_at: null }); // duplicate
    expect(delivered).toEqual([
      { ids: [11, 12], source: "catch-up" },
      { ids: [13], source: "live" },
    ]);
  });

  it("holds live frames that arrive during the catch-up and skips the ones it already replayed", async () => {
    let release: (page: NotificationsAfter) => void = () => undefined;
    const { client, latest, delivered } = setup({
      fetchAfter: () => new Promise((resolve) => (release = resolve)),
    });
    client.start();
    await settle();
    latest().receive({ type: "ready" });
    latest().receive({ type: "order.updated", id: 12, data: {}, created_at: null });
    latest().receive({ type: "order.updated", id: 13, data: {}, created_at: null });
    release({ items: [notification(11), notification(12)], next_cursor: null });
    await settle();
    expect(delivered).toEqual([
      { ids: [11, 12], source: "catch-up" },
      { ids: [13], source: "live" },
    ]);
  });

  it("follows next_cursor until the backlog is drained", async () => {
    const pages: NotificationsAfter[] = [
      { items: [notification(11), notification(12)], next_cursor: "12" },
      { items: [notification(13)], next_cursor: null },
    ];
    const fetchAfter = vi.fn(() =>
      Promise.resolve(pages.shift() ?? { items: [], next_cursor: null }),
    );
    const { client, latest, delivered } = setup({ fetchAfter });
    client.start();
    await settle();
    latest().receive({ type: "ready" });
    await settle();
    expect(fetchAfter.mock.calls).toEqual([[10], [12]]);
    expect(delivered).toEqual([{ ids: [11, 12, 13], source: "catch-up" }]);
  });

  it("reconnects with growing, jittered delays and resumes from the last id it saw", async () => {
    const { client, sockets, latest, fetchAfter } = setup();
    client.start();
    await settle();
    latest().receive({ type: "ready" });
    await settle();
    latest().receive({ type: "message.new", id: 15, data: {}, created_at: null });

    latest().serverCloses(1006);
    expect(client.getState()).toBe("reconnecting");
    await vi.advanceTimersByTimeAsync(499); // attempt 0: half (random 0.5) of 1 s
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(2);

    latest().serverCloses(1006); // refused again before "ready": the delay doubles
    await vi.advanceTimersByTimeAsync(999);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(3);

    latest().receive({ type: "ready" });
    await settle();
    expect(fetchAfter).toHaveBeenLastCalledWith(15);
    expect(client.getState()).toBe("live");
  });

  it("pings after silence and reconnects when the pong never comes", async () => {
    const { client, sockets, latest } = setup();
    client.start();
    await settle();
    latest().receive({ type: "ready" });
    await settle();
    await vi.advanceTimersByTimeAsync(PING_AFTER_MS + 5_000);
    expect(latest().sent).toEqual([JSON.stringify({ type: "ping" })]);
    latest().receive({ type: "pong" });
    await vi.advanceTimersByTimeAsync(PING_AFTER_MS + 5_000);
    expect(latest().sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(PONG_TIMEOUT_MS + 5_000);
    expect(sockets[0]?.closedWith).toBe(4000);
    expect(client.getState()).toBe("reconnecting");
  });

  it("refreshes the session when the token expired, then reconnects", async () => {
    const refreshSession = vi.fn(() => Promise.resolve("ok" as const));
    const { client, sockets, latest } = setup({ refreshSession });
    client.start();
    await settle();
    latest().receive({ type: "ready" });
    await settle();
    latest().serverCloses(4001);
    await settle();
    expect(refreshSession).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sockets).toHaveLength(2);
  });

  it("stops for good when the session cannot be refreshed", async () => {
    const onSignedOut = vi.fn();
    const { client, sockets, latest } = setup({
      refreshSession: () => Promise.resolve("signed-out"),
      onSignedOut,
    });
    client.start();
    await settle();
    latest().serverCloses(4401);
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.getState()).toBe("stopped");
    expect(onSignedOut).toHaveBeenCalled();
    expect(sockets).toHaveLength(1);
  });

  it("stays closed when the server closed it to make room for the user's newer tabs", async () => {
    const { client, sockets, latest } = setup();
    client.start();
    await settle();
    latest().receive({ type: "ready" });
    await settle();
    latest().serverCloses(4409);
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.getState()).toBe("stopped");
    expect(sockets).toHaveLength(1);
  });

  it("sends a ticket as the first frame when the socket is on another site", async () => {
    const { client, latest } = setup({
      endpoint: () => ({ url: "wss://api.example/ws", auth: "ticket" }),
    });
    client.start();
    await settle();
    latest().open();
    expect(latest().sent).toEqual([JSON.stringify({ type: "auth", ticket: "ticket-1" })]);
  });

  it("switches to a ticket when the cookie is refused even after a refresh", async () => {
    const fetchTicket = vi.fn(() => Promise.resolve("ticket-1"));
    const { client, latest } = setup({ fetchTicket });
    client.start();
    await settle();
    latest().serverCloses(4401);
    await settle();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetchTicket).not.toHaveBeenCalled();
    latest().serverCloses(4401);
    await settle();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetchTicket).toHaveBeenCalledTimes(1);
    latest().open();
    expect(latest().sent).toEqual([JSON.stringify({ type: "auth", ticket: "ticket-1" })]);
  });

  it("closes its socket on stop and ignores whatever that socket does afterwards", async () => {
    const { client, sockets, latest, delivered } = setup();
    client.start();
    await settle();
    const socket = latest();
    client.stop();
    expect(socket.closedWith).toBe(1000);
    socket.serverCloses(1006);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
    expect(delivered).toEqual([]);
  });
});
