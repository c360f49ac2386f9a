import { Fragment } from "react";

import { splitLinks } from "@/lib/format/links";

/**
 * Text someone wrote, with its web addresses as links. They open in a new tab, tell the other site
 * nothing about the page they came from (`noopener noreferrer`), and carry no endorsement from us
 * (`nofollow`), since anyone can write them. The parts of one text never reorder, so their position
 * is a stable key.
 */
const LINK_TONE = {
  brand: "text-brand-700 hover:text-brand-800",
  // On a coloured background (my own chat bubbles), the surrounding text colour, underlined.
  inherit: "text-inherit",
} as const;

export function LinkifiedText({
  text,
  tone = "brand",
}: {
  text: string;
  tone?: keyof typeof LINK_TONE;
}) {
  return splitLinks(text).map((part, index) =>
    part.kind === "link" ? (
      <a
        key={index}
        href={part.href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className={`font-medium underline underline-offset-2 [overflow-wrap:anywhere] ${LINK_TONE[tone]}`}
      >
        {part.text}
      </a>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}
