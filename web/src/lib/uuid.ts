const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in our URLs are UUIDs; anything else is a page that cannot exist (404, not an API 422). */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
