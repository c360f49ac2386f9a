import type { AuditEntry, OrderStatus } from "../api/types";
import { ORDER_STATUSES, STATUS_LABEL } from "../orders/statuses";

const AUDIT_ACTION_LABEL: Record<string, string> = {
  "user.ban": "Banned a user",
  "user.unban": "Unbanned a user",
  "gig.deactivate": "Deactivated a gig",
  "gig.suspend": "Suspended a gig",
  "gig.reactivate": "Reactivated a gig",
  "order.override_status": "Overrode an order's status",
};

/** A readable name for an audit action; unknown (future) actions still show their code. */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABEL[action] ?? action;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function isOrderStatus(value: string): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value);
}

/** Details are free-form JSON: an unknown status still shows, as its code. */
function statusLabel(value: unknown): string | null {
  const status = text(value);
  if (!status) return null;
  return isOrderStatus(status) ? STATUS_LABEL[status] : status;
}

/** The audit entry's details as short "Label: value" lines, in a stable order. */
export function auditDetailLines(entry: Pick<AuditEntry, "details">): string[] {
  const { details } = entry;
  const lines: string[] = [];
  const title = text(details.title);
  if (title) lines.push(`Gig: ${title}`);
  const from = statusLabel(details.from_status);
  const to = statusLabel(details.to_status);
  if (from && to) lines.push(`Status: ${from} → ${to}`);
  else if (to) lines.push(`Status: ${to}`);
  const reason = text(details.reason);
  if (reason) lines.push(`Reason: ${reason}`);
  return lines;
}

/** Where an audit target can be looked at, if anywhere (users have no admin page of their own). */
export function auditTargetHref(
  entry: Pick<AuditEntry, "target_type" | "target_id">,
): string | null {
  if (entry.target_type === "order") return `/orders/${entry.target_id}`;
  if (entry.target_type === "gig") return `/gigs/${entry.target_id}`;
  return null;
}

/** "a3f9c2d1…" — enough of an id to tell rows apart; the full id stays in the link or title. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}
