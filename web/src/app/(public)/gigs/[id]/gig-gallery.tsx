"use client";

import Image from "next/image";
import { useState } from "react";

import type { StoredFile } from "@/lib/api/types";

/** Thumbnails are at most 640 px wide; the gallery shows them in a 16:10 box. */
const WIDTH = 640;
const HEIGHT = 400;

export interface GigGalleryProps {
  images: readonly StoredFile[];
  /** For the alt text: "Logo design – image 2 of 3". */
  title: string;
}

/**
 * The gig's images: the selected one large (the cover to begin with), the others as thumbnails
 * to select. The thumbnails are buttons with `aria-pressed`, so the keyboard and screen readers
 * know which one is shown; the large one opens the full image.
 */
export function GigGallery({ images, title }: GigGalleryProps) {
  const [selected, setSelected] = useState(0);
  const shown = images[selected] ?? images[0];
  if (!shown?.thumbnail_url) return null;
  const altOf = (index: number) =>
    images.length > 1 ? `${title} – image ${index + 1} of ${images.length}` : title;

  return (
    <section aria-label="Gig images" className="space-y-3">
      <a
        href={shown.url}
        target="_blank"
        rel="noopener"
        className="block overflow-hidden rounded-xl border border-slate-200 bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <Image
          src={shown.thumbnail_url}
          alt={altOf(selected)}
          width={WIDTH}
          height={HEIGHT}
          unoptimized
          // The page's main picture: fetched at once, ahead of the thumbnails.
          loading="eager"
          fetchPriority="high"
          className="aspect-[16/10] w-full object-cover"
        />
        <span className="sr-only"> (opens the full image in a new tab)</span>
      </a>
      {images.length > 1 ? (
        <ul className="flex flex-wrap gap-2">
          {images.map((image, index) =>
            image.thumbnail_url ? (
              <li key={image.id}>
                <button
                  type="button"
                  aria-pressed={index === selected}
                  aria-label={`Show image ${index + 1} of ${images.length}`}
                  onClick={() => {
                    setSelected(index);
                  }}
                  className={`block overflow-hidden rounded-md border-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${index === selected ? "border-brand-600" : "border-transparent opacity-80 hover:opacity-100"}`}
                >
                  <Image
                    src={image.thumbnail_url}
                    alt=""
                    width={96}
                    height={60}
                    unoptimized
                    loading="lazy"
                    className="aspect-[16/10] w-24 object-cover"
                  />
                </button>
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
    </section>
  );
}
