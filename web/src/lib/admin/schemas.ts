import { z } from "zod";

import "@/lib/zod-config";

import { API_LIMITS } from "../api/limits";

/** The API's limit on every moderation reason (ban, order override). */
export const MAX_REASON_LENGTH = API_LIMITS.BanIn.reason.max;

const reason = z
  .string()
  .trim()
  .min(1, "Give a reason: it is kept in the audit log.")
  .max(MAX_REASON_LENGTH, `Use at most ${MAX_REASON_LENGTH} characters.`);

/** Ban a user: the reason is mandatory (the API refuses an empty one). */
export const reasonSchema = z.object({ reason });
export type ReasonValues = z.infer<typeof reasonSchema>;

export const OVERRIDE_STATUSES = ["COMPLETED", "CANCELLED"] as const;
export type OverrideStatus = (typeof OVERRIDE_STATUSES)[number];

/** Force an open order to a final status, with the reason both parties will see on its timeline. */
export const overrideSchema = z.object({
  status: z.enum(OVERRIDE_STATUSES, { error: "Choose how to close the order." }),
  reason,
});
export type OverrideValues = z.infer<typeof overrideSchema>;
