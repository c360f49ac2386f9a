import { preload } from "react-dom";

import type { Gig } from "@/lib/api/types";

/**
 * A few soft gradients for gigs without a picture; the gig's id picks one, so a gig keeps its
 * colours everywhere and neighbours in a grid usually differ. Drawn by CSS: no request at all.
 */
const PLACEHOLDERS = [
  "from-brand-100 to-sky-200 text-brand-800",
  "from-amber-100 to-rose-200 text-rose-800",
  "from-emerald-100 to-teal-200 text-teal-800",
  "from-violet-100 to-fuchsia-200 text-violet-800",
  "from-slate-100 to-slate-300 text-slate-700",
] as const;

function placeholderFor(gigId: string): string {
  let sum = 0;
  for (const char of gigId) sum = (sum + char.charCodeAt(0)) % 9973;
  return PLACEHOLDERS[sum % PLACEHOLDERS.length] ?? PLACEHOLDERS[0];
}

/** The gig title's first letter, as people see it ("I will…" → "I"). */
export function initialOf(title: string): string {
  const [first] = Array.from(title.trim());
  return (first ?? "?").toUpperCase();
}

/** Thumbnails are at most 640 px wide; cards show them in a 16:10 box. */
const WIDTH = 640;
const HEIGHT = 400;

/**
 * A gig's cover in a fixed 16:10 box (so the card never jumps while it loads): the first image's
 * thumbnail, lazily loaded unless it is the page's main picture, or a gradient with the title's initial. Decorative: the card's title
 * says what the gig is.
 */
export function GigCover({
  gig,
  className = "",
  small = false,
  priority = false,
}: {
  gig: Gig;
  className?: string;
  /** A list row's thumbnail rather than a card's banner: a smaller initial. */
  small?: boolean;
  /** The page's largest picture on arrival (the first card of a listing): fetched at once. */
  priority?: boolean;
}) {
  const cover = gig.images[0];
  const src = cover?.thumbnail_url ?? null;
  // Asked for from the document's head, before the parser reaches the card.
  if (src && priority) preload(src, { as: "image", fetchPriority: "high" });
  return (
    <div className={`relative aspect-[16/10] overflow-hidden bg-slate-100 ${className}`}>
      {src ? (
        // A plain <img>: public thumbnails from our own API are already sized, so next/image
        // (unoptimized) only added a client component to hydrate per card; the preload above is
        // what it did for the page's main picture.
        // eslint-disable-next-line @next/next/no-img-element -- already-sized thumbnails; next/image would only add hydration (see above)
        <img
          src={src}
          alt=""
          width={WIDTH}
          height={HEIGHT}
          loading={priority ? "eager" : "lazy"}
          fetchPriority={priority ? "high" : undefined}
          // The main picture is shown in the same frame as the text around it; the others may
          // appear a frame later rather than hold a frame back.
          decoding={priority ? "sync" : "async"}
          className="size-full object-cover"
        />
      ) : (
        <div
          aria-hidden="true"
          className={`grid size-full place-items-center bg-gradient-to-br font-bold ${small ? "text-2xl" : "text-5xl"} ${placeholderFor(gig.id)}`}
        >
          {initialOf(gig.title)}
        </div>
      )}
    </div>
  );
}
