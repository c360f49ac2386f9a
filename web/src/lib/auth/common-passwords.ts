import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * NIST SP 800-63B §5.1.1.2: refuse passwords that appear on lists of commonly used or breached
 * passwords, and ones built from the context (the service's name, the person's own email or name).
 * The list is zxcvbn's ranked 49,000 most common passwords, bundled with the app (no network call).
 */
let common: ReadonlySet<string> | undefined;

function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return common;
}

const SERVICE_WORDS = ["devmarket", "dev market"];

/** Words a guesser tries first for this person: their email, its local part, their name. */
function contextWords(context: readonly (string | undefined)[]): string[] {
  const words = context.flatMap((value) => {
    const trimmed = value?.trim().toLowerCase();
    if (!trimmed) return [];
    const localPart = trimmed.includes("@") ? trimmed.slice(0, trimmed.indexOf("@")) : undefined;
    return localPart ? [trimmed, localPart] : [trimmed];
  });
  return [...SERVICE_WORDS, ...words];
}

/**
 * True when `password` is on the common list, or is one of the context words (optionally followed
 * by digits and symbols, the usual way such passwords get "strengthened": `devmarket2026!`).
 */
export function isCommonPassword(
  password: string,
  context: readonly (string | undefined)[] = [],
): boolean {
  const candidate = password.toLowerCase();
  if (commonPasswords().has(candidate)) return true;
  const withoutSuffix = candidate.replace(/[\d\W_]+$/u, "");
  return contextWords(context).some((word) => candidate === word || withoutSuffix === word);
}

export const COMMON_PASSWORD_MESSAGE =
  "This password is too easy to guess: it is on a list of common passwords or uses your name or email. Choose another.";
