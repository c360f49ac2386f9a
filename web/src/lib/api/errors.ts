/**
 * The API's error body (DESIGN §8): `{"detail": "<a sentence>", "code": "<stable_code>"}`, and on a 422
 * `errors: [{field, message}]`. Code decides what to do with an error by `code`, never by the wording of
 * `detail`, which is for people.
 */
import { UNAVAILABLE_STATUSES, WAKING_UP_MESSAGE } from "./unavailable";

export interface FieldIssue {
  field: string;
  message: string;
}

export interface ErrorBody {
  detail: string | null;
  code: string | null;
  errors: FieldIssue[];
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { field?: unknown }).field === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

/** Whatever came back (our JSON, a gateway's HTML page, nothing) read as the API's error body. */
export function readErrorBody(body: unknown): ErrorBody {
  if (typeof body !== "object" || body === null) return { detail: null, code: null, errors: [] };
  const { detail, code, errors } = body as Record<string, unknown>;
  return {
    detail: typeof detail === "string" ? detail : null,
    code: typeof code === "string" ? code : null,
    errors: Array.isArray(errors) ? errors.filter(isFieldIssue) : [],
  };
}

/** A 503 the API sent because its database is down (not "this request took too long"), or one without
 * the API's JSON at all (a gateway in front of it). */
export function isUnavailableAnswer(status: number, code: string | null): boolean {
  if (!UNAVAILABLE_STATUSES.has(status)) return false;
  return status !== 503 || code === null || code === "database_unavailable";
}

export class ApiError extends Error {
  readonly detail: string | null;
  readonly code: string | null;
  readonly fieldIssues: FieldIssue[];

  constructor(
    readonly status: number,
    body: unknown,
  ) {
    const parsed = readErrorBody(body);
    super(parsed.detail ?? fallbackMessage(status));
    this.name = "ApiError";
    this.detail = parsed.detail;
    this.code = parsed.code;
    this.fieldIssues = parsed.errors;
  }

  /**
   * A gateway's answer (502/504) or the API's database being down: worth retrying in a moment.
   * Not the API's other 503 ("this search took too long"), which asking again will not fix.
   */
  get isUnavailable(): boolean {
    return isUnavailableAnswer(this.status, this.code);
  }
}

/** Without the API's own words (a gateway's HTML page, say), say what the status means to people. */
function fallbackMessage(status: number): string {
  return UNAVAILABLE_STATUSES.has(status)
    ? WAKING_UP_MESSAGE
    : `Request failed with status ${status}`;
}

export interface SplitErrors<Field extends string> {
  fieldErrors: Partial<Record<Field, string>>;
  formError: string | null;
}

/**
 * Puts each issue next to its form field (first message wins); issues about other fields or the
 * request as a whole, and errors without issues, become one form-level message.
 */
export function splitApiErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): SplitErrors<Field> {
  if (!(error instanceof ApiError)) {
    return { fieldErrors: {}, formError: "Something went wrong. Please try again." };
  }
  const fieldErrors: Partial<Record<Field, string>> = {};
  const unplaced: string[] = [];
  for (const issue of error.fieldIssues) {
    const field = fields.find((candidate) => candidate === issue.field);
    if (field !== undefined) fieldErrors[field] ??= issue.message;
    else unplaced.push(issue.message);
  }
  if (error.fieldIssues.length === 0) {
    return { fieldErrors, formError: error.message };
  }
  return { fieldErrors, formError: unplaced.length > 0 ? unplaced.join(" ") : null };
}

interface ClientResult<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/** Resolves an openapi-fetch call to its data, or throws an ApiError carrying the API's error body. */
export async function unwrap<Data>(call: Promise<ClientResult<Data>>): Promise<Data> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) throw new ApiError(response.status, error);
  return data;
}
