/**
 * Finding web addresses in what people write (delivery notes, messages, bios, briefs) so they can be
 * followed. Only http(s) addresses become links: `javascript:`, `data:` and the rest stay text.
 */
export type TextPart =
  { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// The scheme, `//`, then a run of non-space characters that starts with the host; where the address
// ends is decided below.
const CANDIDATE = /\bhttps?:\/\/[^\s<>"'`/][^\s<>"'`]*/giu;
// Punctuation that ends a sentence rather than the address: "see https://x.io/a."
const TRAILING = /[.,;:!?]+$/u;

/** Drops a closing bracket the address did not open: "(https://x.io/a)" → "https://x.io/a". */
function balanceBrackets(candidate: string): string {
  let address = candidate;
  for (const [open, close] of [
    ["(", ")"],
    ["[", "]"],
  ] as const) {
    while (address.endsWith(close) && count(address, close) > count(address, open)) {
      address = address.slice(0, -1);
    }
  }
  return address;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function trimEnd(candidate: string): string {
  let address = candidate;
  for (;;) {
    const trimmed = balanceBrackets(address.replace(TRAILING, ""));
    if (trimmed === address) return address;
    address = trimmed;
  }
}

function httpHref(address: string): string | null {
  try {
    const url = new URL(address);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

/** `text` cut into plain runs and links, in order; joining the parts' text gives `text` back. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const address = trimEnd(match[0]);
    const href = httpHref(address);
    if (!href) continue;
    if (match.index > cursor) parts.push({ kind: "text", text: text.slice(cursor, match.index) });
    parts.push({ kind: "link", text: address, href });
    cursor = match.index + address.length;
  }
  if (cursor < text.length) parts.push({ kind: "text", text: text.slice(cursor) });
  return parts;
}
