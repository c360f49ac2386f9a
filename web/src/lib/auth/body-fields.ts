/** Reading a field of a Better Auth request body that has not been validated yet. */
export function stringField(body: unknown, field: string): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const value = (body as Record<string, unknown>)[field];
  return typeof value === "string" ? value : undefined;
}

/** The body's email, trimmed and lower-cased (as Better Auth stores it), or null when absent. */
export function normalisedEmailOf(body: unknown): string | null {
  const email = stringField(body, "email")?.trim().toLowerCase();
  return email ? email : null;
}
