import type { Gig } from "@/lib/api/types";
import { isSuspended } from "@/lib/gigs/format";

interface SuspensionNoticeProps {
  gig: Pick<Gig, "moderation_status" | "suspension_reason">;
  /** So a disabled "Activate" button can point at the explanation (aria-describedby). */
  id?: string;
}

/** What the owner sees on a gig moderation suspended: why, and that only an admin lifts it. */
export function SuspensionNotice({ gig, id }: SuspensionNoticeProps) {
  if (!isSuspended(gig)) return null;
  return (
    <div id={id} className="rounded-md bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">Suspended by moderation</p>
      {gig.suspension_reason ? <p className="mt-1">Reason: {gig.suspension_reason}</p> : null}
      <p className="mt-1">
        It is hidden from the marketplace and cannot be ordered. Only an admin can make it active
        again; you can still edit it.
      </p>
    </div>
  );
}
