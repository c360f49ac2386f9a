import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { Avatar, displayableAvatarUrl } from "../avatar";

describe("displayableAvatarUrl", () => {
  it.each([
    ["https://cdn.example/a.png", "https://cdn.example/a.png"],
    ["http://cdn.example/a.png?s=80", "http://cdn.example/a.png?s=80"],
    ["HTTPS://CDN.example/a b.png", "https://cdn.example/a%20b.png"],
    [
      "/files/3f2b8c1e-9a4d-4c2e-8f1a-0b9c8d7e6f5a/thumbnail",
      "/files/3f2b8c1e-9a4d-4c2e-8f1a-0b9c8d7e6f5a/thumbnail",
    ],
  ])("shows the http(s) URL %j", (url, expected) => {
    expect(displayableAvatarUrl(url)).toBe(expected);
  });

  it.each([
    [null],
    [undefined],
    [""],
    [" https://x/a.png"],
    ["https://x/a.png "],
    ["\thttps://x/a.png"],
    ["javascript:alert(1)"],
    ["JAVASCRIPT:alert(1)"],
    ["data:image/png;base64,AAAA"],
    ["vbscript:msgbox(1)"],
    ["ftp://x/a.png"],
    ["file:///etc/passwd"],
    ["//x/a.png"],
    ["/files/a.png"],
    ["/files/3f2b8c1e-9a4d-4c2e-8f1a-0b9c8d7e6f5a/../../admin"],
    ["a.png"],
    ["not a url at all"],
    ["https://"],
    ["https://user:pass@x/a.png"],
    ["http://[::1"],
    ["\u0000"],
  ])("refuses %j", (url) => {
    expect(displayableAvatarUrl(url)).toBeNull();
  });
});

describe("Avatar", () => {
  function render(url: string | null): string {
    return renderToStaticMarkup(createElement(Avatar, { name: "Ada Lovelace", url }));
  }

  it("renders the picture for a valid URL", () => {
    const html = render("https://cdn.example/ada.png");
    expect(html).toContain("<img");
    expect(html).toContain('src="https://cdn.example/ada.png"');
  });

  it("renders an uploaded avatar from the site's own /files path", () => {
    const html = render("/files/3f2b8c1e-9a4d-4c2e-8f1a-0b9c8d7e6f5a/thumbnail");
    expect(html).toContain('src="/files/3f2b8c1e-9a4d-4c2e-8f1a-0b9c8d7e6f5a/thumbnail"');
  });

  it.each([[" https://x/a.png"], ["javascript:alert(1)"], ["%%%garbage"], [null]])(
    "falls back to the initials for %j instead of throwing",
    (url) => {
      const html = render(url);
      expect(html).not.toContain("<img");
      expect(html).toContain(">AL<");
    },
  );
});
