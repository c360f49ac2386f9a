/**
 * A user-supplied string (a name, a title) for plain text — toasts, notification lines, live
 * announcements — where a <bdi> cannot go: wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE, so a right-to-left override inside it ends with it instead of reversing the sentence.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
