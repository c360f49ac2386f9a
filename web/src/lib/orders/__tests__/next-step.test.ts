import { describe, expect, it } from "vitest";

import { waitingLabel } from "../next-step";

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
