"use client";

import { useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";

import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import { refreshAccessToken } from "@/lib/auth/auth-client";
import { signInPathFor } from "@/lib/navigation";
import { onBadgesChangedElsewhere } from "@/lib/realtime/badge-sync";
import { isKeepAliveHalted } from "@/lib/session/keep-alive-gate";
import { RealtimeClient, type ConnectionState, type SessionRefresh } from "@/lib/realtime/client";
import { resolveSocketEndpoint, type RealtimeConfig } from "@/lib/realtime/endpoint";
import { refreshUnread } from "@/queries/messages";
import {
  fetchNotificationsAfter,
  notificationKeys,
  notificationQueries,
} from "@/queries/notifications";

import { applyNotifications } from "./apply-notifications";
import { currentScreen } from "./on-screen";

const RealtimeStatusContext = createContext<ConnectionState | null>(null);

/** The socket's state for this tab, or null outside the signed-in area (no socket there). */
export function useRealtimeStatus(): ConnectionState | null {
  return useContext(RealtimeStatusContext);
}

async function refreshSession(): Promise<SessionRefresh> {
  const result = await refreshAccessToken();
  if (result.ok) return "ok";
  return result.failure.status === 401 ? "signed-out" : "unreachable";
}

/**
 * Opens this tab's realtime socket (DESIGN §7) and turns what arrives into cache updates and
 * toasts (see apply-notifications.ts). `config` comes from the server's validated environment.
 */
export function RealtimeProvider({
  config,
  children,
}: {
  config: RealtimeConfig;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  // Created once per mount; it touches nothing in the browser until start().
  const [client] = useState(
    () =>
      new RealtimeClient({
        endpoint: () => resolveSocketEndpoint(config, window.location),
        // The newest of any kind: the bell lists no messages, which must not be replayed as new.
        loadLatestId: async () =>
          (await queryClient.query(notificationQueries.latest())).latest_id ?? 0,
        fetchAfter: fetchNotificationsAfter,
        fetchTicket: async () => (await unwrap(browserApi.POST("/ws/ticket"))).ticket,
        refreshSession,
        onNotifications: (batch, source) => {
          applyNotifications(queryClient, batch, source, currentScreen());
        },
        onSignedOut: () => {
          if (isKeepAliveHalted()) return; // this tab is signing out: sign-out decides where to go
          window.location.assign(
            signInPathFor(`${window.location.pathname}${window.location.search}`),
          );
        },
      }),
  );

  useEffect(() => {
    client.start();
    const reconnectNow = () => {
      client.reconnectNow();
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === "visible") reconnectNow();
    };
    // Another tab marked something read: both badges follow.
    const stopBadgeSync = onBadgesChangedElsewhere(() => {
      void queryClient.invalidateQueries({ queryKey: notificationKeys.latest() });
      refreshUnread(queryClient);
    });
    window.addEventListener("online", reconnectNow);
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      window.removeEventListener("online", reconnectNow);
      document.removeEventListener("visibilitychange", onVisibilityChange);
      stopBadgeSync();
      client.stop();
    };
  }, [client, queryClient]);

  const status = useSyncExternalStore(
    client.subscribe,
    client.getState,
    () => "connecting" as const,
  );
  return <RealtimeStatusContext value={status}>{children}</RealtimeStatusContext>;
}
