/**
 * "The API is not answering right now" — Render's free tier asleep and waking up (up to a minute),
 * a deploy in progress, or the database restarting — as opposed to a bug or a refusal. Shared by the
 * server (which throws it) and the browser (whose error boundary shows a retrying "waking up"
 * panel instead of "something went wrong").
 */

/**
 * Next.js hides a Server Component error's message from the browser in production but keeps a
 * `digest` the error already carries, so the error boundary can recognise this one by it.
 */
export const API_UNAVAILABLE_DIGEST = "DEVMARKET_API_UNAVAILABLE";

/** Gateway answers (Render's proxy, Vercel's rewrite) and the API's own "database unavailable". */
export const UNAVAILABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

export const WAKING_UP_MESSAGE =
  "The server is waking up or briefly unavailable. Please try again in a moment.";

export class ApiUnavailableError extends Error {
  readonly digest = API_UNAVAILABLE_DIGEST;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ApiUnavailableError";
  }
}

export function isApiUnavailable(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { digest?: unknown }).digest === API_UNAVAILABLE_DIGEST
  );
}

/**
 * Whether an answer means "not there right now" rather than a verdict on the request: 502 and 504
 * never come from FastAPI itself, and a 503 does when its database is down (or when something in
 * front of it answers without FastAPI's JSON). A 503 "this search took too long" is a verdict.
 */
export async function meansUnavailable(response: Response): Promise<boolean> {
  if (!UNAVAILABLE_STATUSES.has(response.status)) return false;
  if (response.status !== 503) return true;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const code =
    typeof body === "object" && body !== null ? (body as { code?: unknown }).code : undefined;
  // The API's own 503s carry a code: only `database_unavailable` means "not there right now".
  return typeof code !== "string" || code === "database_unavailable";
}
