"use client";

import { EMPTY_GIG_VALUES } from "@/lib/gigs/gig-schema";
import { useCreateGig } from "@/queries/gigs";

import { GigForm } from "../gig-form";

export function CreateGigForm() {
  const createGig = useCreateGig();
  return (
    <GigForm
      defaultValues={EMPTY_GIG_VALUES}
      submitLabel="Publish gig"
      cancelHref="/dashboard/gigs"
      save={createGig.mutateAsync}
    />
  );
}
