/**
 * FastAPI's error bodies (DESIGN §8): `{"detail": [{loc, msg, type}]}` for 422, `{"detail": "text"}`
 * otherwise. These helpers turn them into something a form can show next to the right field.
 */
import {
  DATABASE_UNAVAILABLE_DETAIL,
  UNAVAILABLE_STATUSES,
  WAKING_UP_MESSAGE,
} from "./unavailable";

export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: unknown,
  ) {
    super(typeof detail === "string" ? detail : fallbackMessage(status));
    this.name = "ApiError";
  }

  /**
   * A gateway's answer (502/504) or the API's database being down: worth retrying in a moment.
   * Not FastAPI's other 503 ("this search took too long"), which asking again will not fix.
   */
  get isUnavailable(): boolean {
    if (!UNAVAILABLE_STATUSES.has(this.status)) return false;
    return (
      this.status !== 503 ||
      typeof this.detail !== "string" ||
      this.detail.startsWith(DATABASE_UNAVAILABLE_DETAIL)
    );
  }

  get validationIssues(): ValidationIssue[] {
    return Array.isArray(this.detail) ? this.detail.filter(isValidationIssue) : [];
  }
}

/** Without FastAPI's own words (a gateway's HTML page, say), say what the status means to people. */
function fallbackMessage(status: number): string {
  return UNAVAILABLE_STATUSES.has(status)
    ? WAKING_UP_MESSAGE
    : `Request failed with status ${status}`;
}

function isValidationIssue(value: unknown): value is ValidationIssue {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as { loc?: unknown }).loc) &&
    typeof (value as { msg?: unknown }).msg === "string"
  );
}

/** Pydantic prefixes its messages ("Value error, …"); people do not need to read that. */
function humanMessage(message: string): string {
  return message.replace(/^(Value error|Assertion failed), /, "");
}

export interface SplitErrors<Field extends string> {
  fieldErrors: Partial<Record<Field, string>>;
  formError: string | null;
}

/**
 * Maps 422 issues whose `loc` is ["body", <field>] onto known form fields (first message wins);
 * everything else becomes one form-level message.
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
  for (const issue of error.validationIssues) {
    const [source, name] = issue.loc;
    const field = fields.find((candidate) => candidate === name);
    if (source === "body" && field !== undefined) {
      fieldErrors[field] ??= humanMessage(issue.msg);
    } else {
      unplaced.push(humanMessage(issue.msg));
    }
  }
  if (error.validationIssues.length === 0) {
    return { fieldErrors, formError: error.message };
  }
  return { fieldErrors, formError: unplaced.length > 0 ? unplaced.join(" ") : null };
}

interface ClientResult<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/** Resolves an openapi-fetch call to its data, or throws an ApiError carrying FastAPI's detail. */
export async function unwrap<Data>(call: Promise<ClientResult<Data>>): Promise<Data> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    const detail =
      typeof error === "object" && error !== null && "detail" in error ? error.detail : error;
    throw new ApiError(response.status, detail);
  }
  return data;
}
