"use client";

import { useSuspenseQuery } from "@tanstack/react-query";

import { SuspensionNotice } from "@/components/gigs/suspension-notice";
import { gigValuesFrom } from "@/lib/gigs/gig-schema";
import { gigQueries, useUpdateGig } from "@/queries/gigs";

import { GigForm } from "../../gig-form";

/** Reads the gig the page put in the cache, so the form and the rest of the app share it. */
export function EditGigForm({ gigId }: { gigId: string }) {
  const { data: gig } = useSuspenseQuery(gigQueries.detail(gigId));
  const updateGig = useUpdateGig(gigId);
  return (
    <div className="space-y-6">
      <SuspensionNotice gig={gig} />
      <GigForm
        defaultValues={gigValuesFrom(gig)}
        initialImages={gig.images}
        submitLabel="Save changes"
        cancelHref={`/gigs/${gigId}`}
        save={updateGig.mutateAsync}
      />
    </div>
  );
}
