import { readErrorBody } from "../api/errors";
import { formatFileSize } from "./format";
import { ALLOWED_TYPES_TEXT, MAX_FILE_BYTES } from "./limits";

/**
 * Why an upload failed, in words for the person who chose the file: the API's own sentence
 * (`detail`) when it sent one, which names the limit or the type; otherwise what the status means.
 * `status` 0 is a request that never got an answer.
 */
export function uploadErrorMessage(status: number, body: unknown): string {
  const { detail, errors } = readErrorBody(body);
  if (detail) return detail;
  const [issue] = errors;
  if (issue) return issue.message;
  switch (status) {
    case 0:
      return "Not uploaded: we could not reach DevMarket. Check your connection and try again.";
    case 401:
      return "Your session has ended. Sign in again, then add the file.";
    case 413:
      return `Files can be at most ${formatFileSize(MAX_FILE_BYTES)}; this one is larger.`;
    case 415:
      return `This type of file cannot be uploaded. Use ${ALLOWED_TYPES_TEXT}.`;
    case 429:
      return "You have uploaded many files in a short time. Wait a while, then try again.";
    default:
      return status >= 500
        ? "Not uploaded: DevMarket had a problem. Please try again."
        : `Not uploaded (error ${status}). Please try again.`;
  }
}
