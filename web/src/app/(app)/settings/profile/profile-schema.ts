import { z } from "zod";

import "@/lib/zod-config";

import { API_LIMITS } from "@/lib/api/limits";
import type { CurrentUser, ProfileUpdate } from "@/lib/api/types";
import { isFilePath } from "@/lib/files/file-paths";

const LIMITS = API_LIMITS.UserUpdate;
const atMost = (max: number) => `Use at most ${max} characters.`;

/** PATCH /users/me's bounds, so most mistakes are caught before a round trip. */
export const profileSchema = z.object({
  full_name: z
    .string()
    .trim()
    .min(LIMITS.full_name.min, "Enter your full name.")
    .max(LIMITS.full_name.max, atMost(LIMITS.full_name.max)),
  bio: z.string().max(LIMITS.bio.max, atMost(LIMITS.bio.max)),
  avatar_url: z
    .string()
    .trim()
    .max(LIMITS.avatar_url.max, atMost(LIMITS.avatar_url.max))
    .refine((value) => value === "" || isHttpUrl(value), "Enter a full http:// or https:// URL."),
  payment_instructions: z
    .string()
    .max(LIMITS.payment_instructions.max, atMost(LIMITS.payment_instructions.max)),
});

export type ProfileValues = z.infer<typeof profileSchema>;
export const PROFILE_FIELDS = ["full_name", "bio", "avatar_url", "payment_instructions"] as const;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** An uploaded picture (`/files/{id}/thumbnail`), managed by the picture field, not the link field. */
function hasUploadedAvatar(user: CurrentUser): boolean {
  return user.avatar_url !== null && isFilePath(user.avatar_url);
}

export function profileValuesFrom(user: CurrentUser): ProfileValues {
  return {
    full_name: user.full_name,
    bio: user.bio,
    avatar_url: user.avatar_url && !hasUploadedAvatar(user) ? user.avatar_url : "",
    payment_instructions: user.payment_instructions,
  };
}

/**
 * An empty link field means "no avatar", which the API spells null; but next to an uploaded
 * picture (which the field does not show) it means "keep the picture", so the link is not sent.
 */
export function profileUpdateFrom(values: ProfileValues, current: CurrentUser): ProfileUpdate {
  if (values.avatar_url !== "") return values;
  if (!hasUploadedAvatar(current)) return { ...values, avatar_url: null };
  return {
    full_name: values.full_name,
    bio: values.bio,
    payment_instructions: values.payment_instructions,
  };
}
