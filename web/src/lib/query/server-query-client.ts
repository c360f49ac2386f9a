import type { QueryClient } from "@tanstack/react-query";
import { cache } from "react";

import { makeQueryClient } from "./query-client";

/**
 * The query client of one server request, shared by its layouts and page (React `cache()` is per
 * request, so one visitor's cache never reaches another). It does not retry: a page either needs
 * its data and fails at once (app/error.tsx offers the retry), or prefetches and leaves a failure
 * to the browser's query, which retries on its own.
 */
export const getServerQueryClient: () => QueryClient = cache(() => makeQueryClient(false));
