"use client";

import Link from "next/link";
import { useState } from "react";

import { GigCover } from "@/components/gigs/gig-cover";
import { GigRating } from "@/components/gigs/gig-rating";
import { SuspensionNotice } from "@/components/gigs/suspension-notice";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/api/errors";
import type { Gig } from "@/lib/api/types";
import { formatDelivery, formatPrice, isSuspended } from "@/lib/gigs/format";
import { useDeleteGig, useUpdateGig } from "@/queries/gigs";

import { DeleteGigDialog } from "./delete-gig-dialog";

function problemMessage(error: unknown): string {
  if (error instanceof ApiError && error.detail !== null) return error.detail;
  return "That did not work. Please try again.";
}

export interface MyGigItemProps {
  gig: Gig;
  onChanged: (announcement: string) => void;
  onDeleted: (announcement: string) => void;
}

/** One of the owner's gigs: its state at a glance, and edit / (de)activate / delete. */
export function MyGigItem({ gig, onChanged, onDeleted }: MyGigItemProps) {
  const updateGig = useUpdateGig(gig.id);
  const deleteGig = useDeleteGig();
  const [isConfirming, setIsConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `my-gig-${gig.id}`;
  const suspended = isSuspended(gig);
  const suspensionId = `my-gig-${gig.id}-suspension`;

  function toggleActive() {
    setProblem(null);
    updateGig.mutate(
      { is_active: !gig.is_active },
      {
        onSuccess: (saved) => {
          onChanged(
            saved.is_active
              ? `“${saved.title}” is active and listed on the marketplace.`
              : `“${saved.title}” is inactive and hidden from the marketplace.`,
          );
        },
        onError: (error) => {
          setProblem(problemMessage(error));
        },
      },
    );
  }

  function confirmDelete() {
    deleteGig.mutate(gig.id, {
      onSuccess: () => {
        setIsConfirming(false);
        onDeleted(`“${gig.title}” was deleted.`);
      },
      onError: (error) => {
        // A gig with orders cannot go (409); the message says to deactivate it, next to the button.
        setIsConfirming(false);
        setProblem(problemMessage(error));
      },
    });
  }

  return (
    <article aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex min-w-0 items-center gap-4">
          <GigCover gig={gig} small className="w-24 shrink-0 rounded-md" />
          <div className="min-w-0 space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <h3 id={titleId} className="font-semibold text-slate-900">
                <Link href={`/gigs/${gig.id}`} className="hover:underline">
                  <bdi>{gig.title}</bdi>
                </Link>
              </h3>
              {suspended ? (
                <Badge tone="danger">Suspended</Badge>
              ) : (
                <Badge tone={gig.is_active ? "success" : "neutral"}>
                  {gig.is_active ? "Active" : "Inactive"}
                </Badge>
              )}
            </div>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
              <span className="font-semibold text-slate-900">{formatPrice(gig.price)}</span>
              <span>{formatDelivery(gig.delivery_days)}</span>
              <GigRating ratingAvg={gig.rating_avg} ratingCount={gig.rating_count} />
            </p>
          </div>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          <Link
            href={`/gigs/${gig.id}/edit`}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100"
          >
            Edit<span className="sr-only"> {gig.title}</span>
          </Link>
          {/* Disabled, not hidden: the notice below says why (the API would refuse it anyway). */}
          <Button
            variant="secondary"
            isLoading={updateGig.isPending}
            disabled={suspended}
            aria-describedby={suspended ? suspensionId : undefined}
            onClick={toggleActive}
          >
            {gig.is_active ? "Deactivate" : "Activate"}
            <span className="sr-only"> {gig.title}</span>
          </Button>
          <Button
            variant="ghost"
            onClick={() => {
              setProblem(null);
              setIsConfirming(true);
            }}
          >
            Delete<span className="sr-only"> {gig.title}</span>
          </Button>
        </div>
      </div>
      {suspended ? (
        <div className="mt-4">
          <SuspensionNotice gig={gig} id={suspensionId} />
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-4 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {problem}
        </p>
      ) : null}
      <DeleteGigDialog
        open={isConfirming}
        title={gig.title}
        isDeleting={deleteGig.isPending}
        onCancel={() => {
          setIsConfirming(false);
        }}
        onConfirm={confirmDelete}
      />
    </article>
  );
}
