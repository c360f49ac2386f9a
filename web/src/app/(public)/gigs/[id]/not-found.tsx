import Link from "next/link";

/** An unknown id, or a gig that is inactive and not the visitor's: both simply do not exist. */
export default function GigNotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-1 flex-col justify-center px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Gig not found</h1>
      <p className="mt-4 text-slate-600">
        This gig does not exist, or its freelancer has taken it off the marketplace.
      </p>
      <p className="mt-8">
        <Link href="/gigs" className="font-semibold text-brand-700 hover:underline">
          Browse other gigs
        </Link>
      </p>
    </div>
  );
}
