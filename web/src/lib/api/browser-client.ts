import createClient, { type Middleware } from "openapi-fetch";

import { signInPathFor } from "../navigation";
import { isKeepAliveHalted } from "../session/keep-alive-gate";
import type { paths } from "./schema";

/**
 * An expired or revoked token on a browser call means the person must sign in again: send them
 * there (coming back afterwards) instead of leaving a form stuck on an error. Not while this tab is
 * signing out: calls still answering then are refused by design, and sign-out decides where to go.
 */
const redirectToSignInOnUnauthorized: Middleware = {
  onResponse({ response }) {
    if (response.status === 401 && typeof window !== "undefined" && !isKeepAliveHalted()) {
      const here = `${window.location.pathname}${window.location.search}`;
      window.location.assign(signInPathFor(here));
    }
    return response;
  },
};

/** Same-origin client: Next.js rewrites /api/v1/* to FastAPI, so the host-only cookie goes along. */
export const browserApi = createClient<paths>({ baseUrl: "/api/v1", credentials: "same-origin" });
browserApi.use(redirectToSignInOnUnauthorized);
