import { z } from "zod";

import { API_LIMITS } from "@/lib/api/limits";
import type { CurrentUser, ProfileUpdate } from "@/lib/api/types";

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

export function profileValuesFrom(user: CurrentUser): ProfileValues {
  return {
    full_name: user.full_name,
    bio: user.bio,
    avatar_url: user.avatar_url ?? "",
    payment_instructions: user.payment_instructions,
  };
}

/** An empty avatar field means "no avatar", which the API spells null. */
export function profileUpdateFrom(values: ProfileValues): ProfileUpdate {
  return { ...values, avatar_url: values.avatar_url === "" ? null : values.avatar_url };
}
