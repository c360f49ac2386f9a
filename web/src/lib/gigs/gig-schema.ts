import { z } from "zod";

import "@/lib/zod-config";

import { API_LIMITS } from "../api/limits";
import type { Gig, GigInput } from "../api/types";
import { parseTags, tagsProblem } from "./tags";

/**
 * The gig form's rules, the bounds of POST/PATCH /gigs (lib/api/limits.ts) so most mistakes are
 * caught as the person types. The API stays the authority: its 422s are shown per field too.
 */
const { title, description, price, delivery_days, revisions_included } = API_LIMITS.GigCreate;
const TITLE_MIN = title.min;
export const TITLE_MAX = title.max;
const DESCRIPTION_MIN = description.min;
export const DESCRIPTION_MAX = description.max;
const PRICE_MIN = price.min;
const PRICE_MAX = price.max;
const DELIVERY_MIN = delivery_days.min;
export const DELIVERY_MAX = delivery_days.max;
export const REVISIONS_MIN = revisions_included.min;
export const REVISIONS_MAX = revisions_included.max;

const PRICE_FORMAT = /^\d+(\.\d{1,2})?$/;
const WHOLE_NUMBER = /^\d+$/;

export const gigSchema = z.object({
  title: z
    .string()
    .trim()
    .min(TITLE_MIN, `Use at least ${TITLE_MIN} characters.`)
    .max(TITLE_MAX, `Use at most ${TITLE_MAX} characters.`),
  description: z
    .string()
    .trim()
    .min(DESCRIPTION_MIN, `Use at least ${DESCRIPTION_MIN} characters.`)
    .max(DESCRIPTION_MAX, `Use at most ${DESCRIPTION_MAX} characters.`),
  price: z
    .string()
    .trim()
    .min(1, "Enter a price.")
    .regex(PRICE_FORMAT, "Enter an amount like 49 or 49.99 (at most two decimals).")
    .refine(
      (value) => Number(value) >= PRICE_MIN && Number(value) <= PRICE_MAX,
      "Enter a price from $1.00 to $100,000.00.",
    ),
  delivery_days: z
    .string()
    .trim()
    .min(1, "Enter the number of days.")
    .regex(WHOLE_NUMBER, "Enter a whole number of days.")
    .refine(
      (value) => Number(value) >= DELIVERY_MIN && Number(value) <= DELIVERY_MAX,
      `Enter from ${DELIVERY_MIN} to ${DELIVERY_MAX} days.`,
    ),
  category: z.string().min(1, "Choose the category your gig belongs in."),
  tags: z.string().superRefine((value, context) => {
    const problem = tagsProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  }),
  revisions_included: z
    .string()
    .trim()
    .min(1, "Enter the number of revisions.")
    .regex(WHOLE_NUMBER, "Enter a whole number of revisions.")
    .refine(
      (value) => Number(value) >= REVISIONS_MIN && Number(value) <= REVISIONS_MAX,
      `Enter from ${REVISIONS_MIN} to ${REVISIONS_MAX} revisions.`,
    ),
});

export type GigFormValues = z.input<typeof gigSchema>;
export const GIG_FIELDS = [
  "title",
  "description",
  "price",
  "delivery_days",
  "revisions_included",
  "category",
  "tags",
] as const;

export const EMPTY_GIG_VALUES: GigFormValues = {
  title: "",
  description: "",
  price: "",
  delivery_days: "",
  revisions_included: "1",
  category: "",
  tags: "",
};

export function gigValuesFrom(gig: Gig): GigFormValues {
  return {
    title: gig.title,
    description: gig.description,
    price: gig.price,
    delivery_days: String(gig.delivery_days),
    revisions_included: String(gig.revisions_included),
    category: gig.category,
    tags: gig.tags.join(", "),
  };
}

/**
 * The price travels as a string so "49.90" reaches the API's Decimal exactly. `imageIds` in the
 * gallery's order, the cover first; on an edit they replace the gig's images.
 */
export function gigInputFrom(values: GigFormValues, imageIds: string[] = []): GigInput {
  const parsed = gigSchema.parse(values);
  return {
    title: parsed.title,
    description: parsed.description,
    price: parsed.price,
    delivery_days: Number(parsed.delivery_days),
    revisions_included: Number(parsed.revisions_included),
    category: parsed.category,
    tags: parseTags(parsed.tags),
    image_ids: imageIds,
  };
}
