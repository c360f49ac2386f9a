import { describe, expect, it } from "vitest";

import { splitLinks } from "../links";

const links = (text: string) =>
  splitLinks(text)
    .filter((part) => part.kind === "link")
    .map((part) => part.href);

describe("splitLinks", () => {
  it("finds http and https addresses and keeps the text around them", () => {
    const text = "Files: https://drive.example.com/f/abc?x=1#top and http://old.example.org done";
    expect(splitLinks(text)).toEqual([
      { kind: "text", text: "Files: " },
      {
        kind: "link",
        text: "https://drive.example.com/f/abc?x=1#top",
        href: "https://drive.example.com/f/abc?x=1#top",
      },
      { kind: "text", text: " and " },
      { kind: "link", text: "http://old.example.org", href: "http://old.example.org/" },
      { kind: "text", text: " done" },
    ]);
  });

  it("leaves sentence punctuation and unopened brackets outside the link", () => {
    expect(links("See https://x.example.com/a.")).toEqual(["https://x.example.com/a"]);
    expect(links("(preview: https://x.example.com/b)")).toEqual(["https://x.example.com/b"]);
    expect(links("https://en.wikipedia.org/wiki/Go_(game), nice")).toEqual([
      "https://en.wikipedia.org/wiki/Go_(game)",
    ]);
    expect(links("Really?https://x.example.com!!")).toEqual(["https://x.example.com/"]);
  });

  it("never links other schemes", () => {
    expect(links("javascript:alert(1) data:text/html,<b>x</b> ftp://x.example.com")).toEqual([]);
    expect(links("JAVASCRIPT://%0aalert(1)")).toEqual([]);
  });

  it("gives the text back unchanged when joined", () => {
    for (const text of ["", "no links here", "a https://x.example.com/(y b", "https://"]) {
      expect(
        splitLinks(text)
          .map((part) => part.text)
          .join(""),
      ).toBe(text);
    }
  });

  it("does not link an address without a host", () => {
    expect(links("https:// and https:///path")).toEqual([]);
  });
});
