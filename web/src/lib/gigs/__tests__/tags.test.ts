import { describe, expect, it } from "vitest";

import { normalTag, parseTags, tagsProblem } from "../tags";

describe("gig tags", () => {
  it("normalise as the API does", () => {
    expect(normalTag(" React Native ")).toBe("react-native");
    expect(normalTag("C#")).toBe("c#");
    expect(parseTags("Python, python, Next.js,  ,FastAPI")).toEqual([
      "python",
      "next.js",
      "fastapi",
    ]);
  });

  it("say what is wrong with a list", () => {
    expect(tagsProblem("react, python")).toBeNull();
    expect(tagsProblem("a, b2")).toBe("“a” is not a valid tag: 2 to 24 letters, digits or + # . -");
    expect(tagsProblem("one, two, three, four, five, six")).toBe("Use at most 5 tags.");
    expect(tagsProblem("emoji😀")).toMatch(/not a valid tag/);
  });
});
