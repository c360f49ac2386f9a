import type { Metadata } from "next";

import { requireSession } from "@/lib/auth/current-user";

import { CreateGigForm } from "./create-gig-form";

export const metadata: Metadata = { title: "Create a gig" };

export default async function NewGigPage() {
  await requireSession("/gigs/new");
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Create a gig</h1>
      <p className="mt-2 text-slate-600">
        A gig is a fixed-price service: one clear result, one price, one delivery time. It goes live
        on the marketplace as soon as you publish it.
      </p>
      <div className="mt-8 rounded-xl border border-slate-200 bg-white p-6 sm:p-8">
        <CreateGigForm />
      </div>
    </div>
  );
}
