"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { savingGigPath, signInPathFor } from "@/lib/navigation";
import { favoriteQueries, useToggleFavorite, type FavoriteTarget } from "@/queries/favorites";
import { userQueries } from "@/queries/users";

const HEART =
  "M12 20.25s-7.6-4.55-9.35-9.3C1.5 7.8 3.55 4.5 7 4.5c2.05 0 3.6 1.1 5 3 1.4-1.9 2.95-3 5-3 3.45 0 5.5 3.3 4.35 6.45-1.75 4.75-9.35 9.3-9.35 9.3Z";

function HeartIcon({ filled }: { filled: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6">
      <path
        d={HEART}
        fill={filled ? "currentColor" : "none"}
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The heart that saves a gig for later. One name ("Save “…”") whose state is `aria-pressed`, so a
 * screen reader says "pressed" rather than hearing a label that changes under the finger. The change
 * shows at once and is undone (with a toast) if the API refuses it.
 *
 * Signed-out visitors see it too: it takes them to sign in and back to the gig's page, carrying
 * `?save=1`, where `saveOnArrival` finishes what they asked for.
 *
 * It takes the three fields it uses, not the gig: a Server Component's props to a Client Component
 * travel in the page's payload, and a whole gig per card doubled what a listing sends.
 */
export function FavoriteButton({
  gig,
  className = "",
  saveOnArrival = false,
}: {
  gig: FavoriteTarget;
  className?: string;
  saveOnArrival?: boolean;
}) {
  const router = useRouter();
  const pathname = usePathname();
  // Read from the cache the layout seeds for a signed-in visitor, never fetched: no "me" is no one.
  const { data: me } = useQuery({ ...userQueries.me(), enabled: false });
  const { data: flag } = useQuery(favoriteQueries.flag(gig.id, gig.is_favorite));
  const isSaved = flag ?? gig.is_favorite;
  const { mutate, isPending } = useToggleFavorite();
  const [announcement, setAnnouncement] = useState("");
  const arrived = useRef(false);

  function change(save: boolean) {
    mutate({ gig, save });
    setAnnouncement(save ? `Saved “${gig.title}”` : `Removed “${gig.title}” from saved gigs`);
  }

  useEffect(() => {
    if (!saveOnArrival || arrived.current) return;
    arrived.current = true;
    // The marker goes first: a reload (or Back to this entry) must not save again after a removal.
    window.history.replaceState(window.history.state, "", pathname);
    if (me && !isSaved) mutate({ gig, save: true });
  }, [saveOnArrival, me, isSaved, gig, mutate, pathname]);

  return (
    <>
      <button
        type="button"
        aria-pressed={isSaved}
        onClick={() => {
          if (!me) {
            router.push(signInPathFor(savingGigPath(gig.id)));
            return;
          }
          // One change at a time: a second one in flight would be rolled back to the wrong state.
          if (!isPending) change(!isSaved);
        }}
        className={`grid size-11 shrink-0 place-items-center rounded-full bg-white/90 shadow-sm ring-1 ring-slate-200 transition-colors hover:bg-white hover:text-rose-600 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${isSaved ? "text-rose-600" : "text-slate-700"} ${className}`}
      >
        <span className="sr-only">
          Save “<bdi>{gig.title}</bdi>”
        </span>
        <HeartIcon filled={isSaved} />
      </button>
      <span role="status" className="sr-only">
        {announcement}
      </span>
    </>
  );
}
