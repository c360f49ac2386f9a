import type { AuditEntry, OrderStatus } from "../api/types";
import { ORDER_STATUSES, STATUS_LABEL } from "../orders/statuses";

const AUDIT_ACTION_LABEL: Record<string, string> = {
  "user.ban": "Banned a user",
  "user.unban": "Unbanned a user",
  "gig.deactivate": "Deactivated a gig",
  "gig.suspend": "Suspended a gig",
  "gig.reactivate": "Reactivated a gig",
  "order.override_status": "Overrode an order's status",
  "email.retry": "Retried a failed mail",
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

const TARGET_PATH: Record<string, string> = { order: "/orders", gig: "/gigs" };

/**
 * Where an audit target can be looked at: an order's or a gig's page; a person in the admin users
 * table (found by name), which shows them banned or not — their public profile is gone while banned.
 */
export function auditTargetHref(
  entry: Pick<AuditEntry, "target_type" | "target_id" | "target_label">,
): string | null {
  if (entry.target_type === "user") {
    return entry.target_label
      ? `/admin/users?${new URLSearchParams({ q: entry.target_label })}`
      : null;
  }
  const path = TARGET_PATH[entry.target_type];
  return path ? `${path}/${entry.target_id}` : null;
}

/**
 * What the target is called ("DM-7K2QX9PA · Logo design", a person's name, a gig's title); an id
 * only for a target the API could not name (one that no longer exists, or a future kind).
 */
export function auditTargetLabel(
  entry: Pick<AuditEntry, "target_type" | "target_id" | "target_label">,
): string {
  return entry.target_label ?? `${entry.target_type} ${shortId(entry.target_id)}`;
}

/** "a3f9c2d1…" — enough of an id to tell rows apart; the full id stays in the link or title. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}
