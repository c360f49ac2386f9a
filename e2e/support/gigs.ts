// Gig data for the marketplace stories: words no other test uses, and a fast way to list many gigs.
import crypto from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import { ensurePayable } from "./orders.ts";

export interface NewGig {
  title: string;
  description: string;
  price: string;
  delivery_days: number;
  category?: string;
  tags?: string[];
}

/** A made-up word (letters only, so the full-text parser keeps it whole) that only this run uses. */
export function uniqueWord(): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const random = Array.from(crypto.randomBytes(10), (byte) => letters[byte % letters.length]).join("");
  return `zq${random}`;
}

/**
 * Creates gigs through the API as the user signed in on `request`'s context (its cookie goes along),
 * through the web app's same-origin rewrite, as the browser would.
 */
export async function createGigs(request: APIRequestContext, gigs: NewGig[]): Promise<string[]> {
  const ids: string[] = [];
  await ensurePayable(request);
  for (const gig of gigs) {
    const response = await request.post("/api/v1/gigs", { data: { category: "web-apps", ...gig } });
    expect(response.status(), await response.text()).toBe(201);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}
