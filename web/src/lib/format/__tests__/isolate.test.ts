import { describe, expect, it } from "vitest";

import { isolate } from "../isolate";

describe("isolate", () => {
  it("wraps the text in a first-strong isolate", () => {
    expect(isolate("Ada")).toBe("\u2068Ada\u2069");
  });

  it("keeps a right-to-left override inside the isolate", () => {
    const sentence = `New message from ${isolate("Nadia \u202eRahman")} today`;
    expect(sentence).toBe("New message from \u2068Nadia \u202eRahman\u2069 today");
    // The override is closed before the text after the name.
    expect(sentence.indexOf("\u2069")).toBeLessThan(sentence.indexOf(" today"));
  });
});
