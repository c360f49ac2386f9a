import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Gigs" };

/** Placeholder until gig browsing lands; keeps the main navigation free of dead links. */
export default function GigsPage() {
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Gigs</h1>
      <p className="mt-4 max-w-2xl text-slate-600">
        Gig search and browsing are on their way. In the meantime, create an account to be ready to
        order or to sell your own services.
      </p>
      <p className="mt-6">
        <Link href="/auth/sign-up" className="font-semibold text-brand-700 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
