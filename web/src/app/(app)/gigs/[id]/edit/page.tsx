import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { requireSession } from "@/lib/auth/current-user";
import { loadGig } from "@/lib/gigs/load-gig";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { gigKeys } from "@/queries/gigs";

import { EditGigForm } from "./edit-gig-form";

export const metadata: Metadata = { title: "Edit gig" };

interface EditGigPageProps {
  params: Promise<{ id: string }>;
}

/** Only the gig's owner may edit it (the API refuses everyone else, admins included). */
export default async function EditGigPage({ params }: EditGigPageProps) {
  const { id } = await params;
  const { user } = await requireSession(`/gigs/${id}/edit`);
  const gig = await loadGig(id);
  if (!gig) notFound();

  if (gig.freelancer_id !== user.id) {
    return (
      <div className="max-w-2xl">
        <p className="text-sm font-semibold text-brand-700">403</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">You cannot edit this gig</h1>
        <p className="mt-4 text-slate-600">Only the freelancer who offers a gig can change it.</p>
        <p className="mt-8">
          <Link href={`/gigs/${gig.id}`} className="font-semibold text-brand-700 hover:underline">
            Back to the gig
          </Link>
        </p>
      </div>
    );
  }

  const queryClient = getServerQueryClient();
  queryClient.setQueryData(gigKeys.detail(gig.id), gig);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Edit gig</h1>
      <p className="mt-2 text-slate-600">
        Changes apply to new orders; orders already placed keep the price and delivery time they
        were placed with.
      </p>
      <div className="mt-8 rounded-xl border border-slate-200 bg-white p-6 sm:p-8">
        <HydrationBoundary state={dehydrate(queryClient)}>
          <EditGigForm gigId={gig.id} />
        </HydrationBoundary>
      </div>
    </div>
  );
}
