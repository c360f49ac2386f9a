import Link from "next/link";

/**
 * A gig's skills, each a link to the gigs that share it. Raised above a card's stretched title
 * link (`relative z-10`) so they stay clickable inside it.
 */
export function GigTags({ tags, className = "" }: { tags: readonly string[]; className?: string }) {
  return (
    <ul aria-label="Skills" className={`relative z-10 flex flex-wrap gap-1.5 ${className}`}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={`/gigs?tag=${encodeURIComponent(tag)}`}
            className="inline-flex min-h-7 items-center rounded-full bg-slate-100 px-2.5 text-xs font-medium text-slate-700 hover:bg-brand-50 hover:text-brand-800"
          >
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
