/**
 * The API's file addresses (`/files/{id}`, `/files/{id}/thumbnail`), relative to its root. The web
 * app forwards `/files/*` to the API (next.config.ts), so the browser uses them exactly as given.
 */
const FILE_PATH =
  /^\/files\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/thumbnail)?$/i;

export function isFilePath(url: string): boolean {
  return FILE_PATH.test(url);
}
