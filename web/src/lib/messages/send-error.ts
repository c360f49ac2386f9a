import { ApiError } from "../api/errors";

/**
 * What a failed send tells the person, next to the message that did not go: the API's own words
 * for a refusal (the 429 rate limit, a suspended account, too long), a plain hint otherwise.
 */
export function sendErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return "Not sent: we could not reach DevMarket. Check your connection.";
  }
  const [issue] = error.fieldIssues;
  if (issue) return issue.message;
  if (error.detail !== null) return error.detail;
  if (error.status >= 500) return "Not sent: DevMarket had a problem. Please try again.";
  return error.message;
}
