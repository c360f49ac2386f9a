import { describe, expect, it } from "vitest";

import { realtimeConfigFrom, resolveSocketEndpoint } from "../endpoint";

const page = (hostname: string) => ({ hostname });

describe("resolveSocketEndpoint", () => {
  it("derives ws://<api host>:<port>/ws in development and uses the cookie (ports do not matter)", () => {
    const config = realtimeConfigFrom({
      API_URL: "http://localhost:8000",
      NEXT_PUBLIC_WS_URL: undefined,
    });
    expect(resolveSocketEndpoint(config, page("localhost"))).toEqual({
      url: "ws://localhost:8000/ws",
      auth: "cookie",
    });
  });

  it("keeps the page's loopback name, where its cookie lives", () => {
    const config = { socketUrl: null, apiOrigin: "http://localhost:8000" };
    expect(resolveSocketEndpoint(config, page("127.0.0.1"))).toEqual({
      url: "ws://127.0.0.1:8000/ws",
      auth: "cookie",
    });
  });

  it("derives wss:// from an https API on the page's own host", () => {
    const config = { socketUrl: null, apiOrigin: "https://devmarket.example" };
    expect(resolveSocketEndpoint(config, page("devmarket.example"))).toEqual({
      url: "wss://devmarket.example/ws",
      auth: "cookie",
    });
  });

  it("uses NEXT_PUBLIC_WS_URL as given and a ticket when it is on another host", () => {
    const config = realtimeConfigFrom({
      API_URL: "http://api.internal:8000",
      NEXT_PUBLIC_WS_URL: "wss://devmarket-api.onrender.com/ws",
    });
    expect(resolveSocketEndpoint(config, page("devmarket.vercel.app"))).toEqual({
      url: "wss://devmarket-api.onrender.com/ws",
      auth: "ticket",
    });
  });

  it("needs a ticket even on a sibling subdomain: the cookie is host-only", () => {
    const config = { socketUrl: "wss://api.devmarket.example/ws", apiOrigin: "https://x" };
    expect(resolveSocketEndpoint(config, page("devmarket.example")).auth).toBe("ticket");
  });
});
