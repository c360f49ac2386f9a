import { summarizeRating } from "@/lib/gigs/format";

/** "★ 4.8 (12)" for sighted people, "Rated 4.8 out of 5 from 12 reviews" for screen readers. */
export function GigRating({ ratingAvg, ratingCount }: { ratingAvg: string; ratingCount: number }) {
  const rating = summarizeRating(ratingAvg, ratingCount);
  if (rating.count === 0) {
    return (
      <span className="inline-flex items-center rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">
        <span aria-hidden="true">New</span>
        <span className="sr-only">{rating.spoken}</span>
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1 text-sm">
      <span aria-hidden="true" className="text-amber-500">
        ★
      </span>
      <span aria-hidden="true" className="font-semibold text-slate-900">
        {rating.short}
      </span>
      <span aria-hidden="true" className="text-slate-500">
        ({rating.count})
      </span>
      <span className="sr-only">{rating.spoken}</span>
    </span>
  );
}
