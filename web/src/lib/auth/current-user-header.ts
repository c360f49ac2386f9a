/** Set by src/proxy.ts so a layout (which is not told its URL) can say where to come back to. */
export const REQUEST_PATH_HEADER = "x-devmarket-path";
