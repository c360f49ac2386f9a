"use client";

import { useEffect } from "react";

import { signInPathFor } from "@/lib/navigation";
import { refreshUnlessHalted } from "@/lib/session/keep-alive-gate";
import { CHECK_INTERVAL_MS, decideKeepAlive } from "@/lib/session/keep-alive-policy";

const ACTIVITY_EVENTS = ["pointerdown", "keydown", "scroll", "touchstart"] as const;

/**
 * Keeps an active person signed in by re-minting the access token through
 * POST /api/auth/token/refresh; renders nothing. `issuedAt` is the current token's `iat` (seconds).
 */
export function SessionKeepAlive({ issuedAt }: { issuedAt: number }) {
  useEffect(() => {
    const state = { lastMintAt: issuedAt * 1000, lastActivityAt: Date.now() };
    let refreshing = false;
    let signedOut = false;

    function sendToSignIn() {
      if (signedOut) return;
      signedOut = true;
      window.location.assign(signInPathFor(`${window.location.pathname}${window.location.search}`));
    }

    async function check() {
      if (refreshing || signedOut) return;
      const decision = decideKeepAlive(state, Date.now());
      if (decision === "wait") return;
      // "expired" still asks the server: another tab may have re-minted the shared cookie. If not,
      // the browser has already dropped it, the refresh is refused and we go to sign-in.
      refreshing = true;
      const result = await refreshUnlessHalted();
      refreshing = false;
      if (!result) return; // signing out: the sign-out flow decides where to go
      if (result.ok) state.lastMintAt = Date.now();
      else if (result.failure.status === 401) sendToSignIn();
    }

    function onActivity() {
      state.lastActivityAt = Date.now();
      void check();
    }

    function onVisibilityChange() {
      if (document.visibilityState === "visible") onActivity();
    }

    for (const event of ACTIVITY_EVENTS) {
      window.addEventListener(event, onActivity, { passive: true });
    }
    document.addEventListener("visibilitychange", onVisibilityChange);
    const timer = window.setInterval(() => void check(), CHECK_INTERVAL_MS);

    return () => {
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, onActivity);
      document.removeEventListener("visibilitychange", onVisibilityChange);
      window.clearInterval(timer);
    };
  }, [issuedAt]);

  return null;
}
