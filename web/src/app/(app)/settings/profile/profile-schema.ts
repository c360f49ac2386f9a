import { z } from "zod";

import type { CurrentUser, ProfileUpdate } from "@/lib/api/types";

/** Mirrors PATCH /users/me's rules so most mistakes are caught before a round trip. */
export const profileSchema = z.object({
  full_name: z
    .string()
    .trim()
    .min(1, "Enter your full name.")
    .max(100, "Use at most 100 characters."),
  bio: z.string().max(2000, "Use at most 2000 characters."),
  avatar_url: z
    .string()
    .trim()
    .max(2048, "Use at most 2048 characters.")
    .refine((value) => value === "" || isHttpUrl(value), "Enter a full http:// or https:// URL."),
  payment_instructions: z.string().max(2000, "Use at most 2000 characters."),
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
