import type { components } from "./schema";

/**
 * The bounds the API declares on what people type (`minLength`/`maxLength`, `minimum`/`maximum` in
 * web/openapi.json), for the forms to check as the person types. Kept here rather than read from the
 * document at run time, which would ship the whole document to the browser; `limits.test.ts` fails
 * when a number here differs from the document, or the document bounds a field missing here.
 */

type Schemas = components["schemas"];

export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

type SchemaBounds = {
  readonly [S in keyof Schemas]?: { readonly [F in keyof Schemas[S]]?: Bounds };
};

const REASON = { min: 1, max: 2000 } as const;
const GIG = {
  title: { min: 5, max: 120 },
  description: { min: 20, max: 5000 },
  delivery_days: { min: 1, max: 90 },
  revisions_included: { min: 0, max: 10 },
} as const;

export const API_LIMITS = {
  UserUpdate: {
    full_name: { min: 1, max: 100 },
    bio: { max: 2000 },
    avatar_url: { min: 1, max: 2048 },
    payment_instructions: { max: 2000 },
  },
  GigCreate: { ...GIG, price: { min: 1, max: 100_000 } },
  GigUpdate: GIG,
  /** The raw input's bound; the real rule is applied after normalising (PROOF_REFERENCE below). */
  PaymentProofIn: { proof_reference: { max: 400 }, payer_name: { min: 1, max: 100 } },
  ReasonIn: { reason: REASON },
  OptionalReasonIn: { reason: { max: 2000 } },
  WorkSubmissionIn: { note: { max: 5000 } },
  OrderOverrideIn: { reason: REASON },
  BanIn: { reason: REASON },
  SuspendGigIn: { reason: REASON },
  ReviewCreate: { rating: { min: 1, max: 5 }, comment: { max: 2000 } },
  /** Empty content is allowed when the message carries files. */
  MessageCreate: { content: { max: 5000 } },
  /** The client's brief when ordering (no form asks for it yet). */
  OrderCreate: { requirements: { max: 5000 } },
} as const satisfies SchemaBounds;

/** Query parameters people type (the gig search and the admin user search). */
export const SEARCH_QUERY_MAX = 200;

/**
 * A transaction ID as the API counts it once normalised (api/app/orders/schemas.py), which the
 * document cannot state: it only bounds the raw input (`API_LIMITS.PaymentProofIn`).
 */
export const PROOF_REFERENCE = { min: 3, max: 100 } as const;
