/**
 * How gig facts read on screen. The API sends money as a two-decimal string ("1250.00"); it is
 * formatted as text so no float ever rounds a price.
 */

/** "1250.00" → "$1,250.00". */
export function formatPrice(price: string): string {
  const [whole = "0", cents = "00"] = price.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `$${grouped}.${cents.padEnd(2, "0").slice(0, 2)}`;
}

export function formatDelivery(days: number): string {
  return days === 1 ? "1-day delivery" : `${days}-day delivery`;
}

export function formatRevisions(revisions: number): string {
  if (revisions === 0) return "No revisions included";
  return revisions === 1 ? "1 revision included" : `${revisions} revisions included`;
}

export interface RatingSummary {
  /** What sighted people see next to the star: "4.8" or "New". */
  short: string;
  /** The same fact as a sentence for screen readers. */
  spoken: string;
  count: number;
}

/** "4.80" with 12 reviews → 4.8 (12); no reviews yet → "New". */
export function summarizeRating(ratingAvg: string, ratingCount: number): RatingSummary {
  if (ratingCount === 0) {
    return { short: "New", spoken: "New, no reviews yet", count: 0 };
  }
  const average = Number(ratingAvg).toFixed(1);
  const reviews = ratingCount === 1 ? "1 review" : `${ratingCount} reviews`;
  return {
    short: average,
    spoken: `Rated ${average} out of 5 from ${reviews}`,
    count: ratingCount,
  };
}

/** An admin took it down: only an admin can make it active again (the API refuses the owner). */
export function isSuspended(gig: { moderation_status?: string | null }): boolean {
  return gig.moderation_status === "suspended";
}

/** "1 gig", "12 gigs", "1,000+ gigs": the API counts exactly only up to its cap. */
export function formatGigCount(total: number, isCapped: boolean): string {
  if (isCapped) return `${total.toLocaleString("en-US")}+ gigs`;
  return total === 1 ? "1 gig" : `${total.toLocaleString("en-US")} gigs`;
}
