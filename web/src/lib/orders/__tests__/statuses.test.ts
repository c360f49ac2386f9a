import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { nextRole, ORDER_STATUSES } from "../statuses";
import { waitingLabel } from "../next-step";

/** The API's NEXT_ACTOR table, read from its source so the two cannot drift apart silently. */
function apiNextActor(): Record<string, string> {
  const source = readFileSync(
    path.resolve(import.meta.dirname, "../../../../../api/app/orders/state_machine.py"),
    "utf8",
  );
  const block = /NEXT_ACTOR[^{]*\{([^}]*)\}/.exec(source)?.[1] ?? "";
  const table: Record<string, string> = {};
  for (const [, status = "", actor = ""] of block.matchAll(/S\.(\w+): Actor\.(\w+)/g)) {
    table[status] = actor.toLowerCase();
  }
  return table;
}

describe("nextRole", () => {
  it("matches the API's idea of whose move it is", () => {
    const api = apiNextActor();
    expect(Object.keys(api)).toHaveLength(6);
    for (const status of ORDER_STATUSES) {
      expect(nextRole(status), status).toBe(api[status] ?? null);
    }
  });
});

describe("waitingLabel", () => {
  it("speaks to the viewer when it is their move", () => {
    expect(waitingLabel("client", "client")).toBe("Waiting for you");
  });

  it("names the other side otherwise", () => {
    expect(waitingLabel("freelancer", "client")).toBe("Waiting for the freelancer");
    expect(waitingLabel("client", "admin")).toBe("Waiting for the client");
  });

  it("is silent once nobody has to act", () => {
    expect(waitingLabel(null, "client")).toBeNull();
  });
});
