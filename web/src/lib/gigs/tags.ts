/**
 * A gig's tags as the person types them ("React Native, python") and as the API stores them
 * ("react-native", "python"): the same normalisation as api/app/gigs/taxonomy.py, so the form can
 * say what is wrong before the API does.
 */
export const MAX_TAGS = 5;
const TAG = /^[a-z0-9+#.-]{2,24}$/;

export function normalTag(raw: string): string {
  return raw
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The tags of a comma-separated list, normalised, duplicates dropped. */
export function parseTags(text: string): string[] {
  const tags = text.split(",").map(normalTag).filter(Boolean);
  return [...new Set(tags)];
}

/** A sentence for the first problem with the list, or null when it is fine. */
export function tagsProblem(text: string): string | null {
  const tags = parseTags(text);
  if (tags.length > MAX_TAGS) return `Use at most ${MAX_TAGS} tags.`;
  const bad = tags.find((tag) => !TAG.test(tag));
  if (bad !== undefined) {
    return `“${bad}” is not a valid tag: 2 to 24 letters, digits or + # . -`;
  }
  return null;
}
