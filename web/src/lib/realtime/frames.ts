/**
 * The frames the API's socket sends (api/app/realtime/frames.py, DESIGN §7). A notification frame
 * has the same fields as a row of GET /notifications, so live and caught-up notifications are
 * handled by one code path.
 */
export interface RealtimeNotification {
  /** The notifications row id: increasing per user, what catch-up resumes after. */
  id: number;
  type: string;
  data: Record<string, unknown>;
  created_at: string | null;
}

export type ServerFrame =
  | { kind: "ready" }
  | { kind: "ping" }
  | { kind: "pong" }
  | { kind: "notification"; notification: RealtimeNotification };

const CONTROL_FRAMES = new Set(["ready", "ping", "pong"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Null for anything we do not understand: an unknown frame is ignored, never fatal. */
export function parseServerFrame(text: string): ServerFrame | null {
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(frame) || typeof frame.type !== "string") return null;
  if (CONTROL_FRAMES.has(frame.type)) return { kind: frame.type as "ready" | "ping" | "pong" };
  if (typeof frame.id !== "number" || !Number.isSafeInteger(frame.id)) return null;
  return {
    kind: "notification",
    notification: {
      id: frame.id,
      type: frame.type,
      data: isRecord(frame.data) ? frame.data : {},
      created_at: typeof frame.created_at === "string" ? frame.created_at : null,
    },
  };
}

export const PING_FRAME = JSON.stringify({ type: "ping" });

export function authFrame(ticket: string): string {
  return JSON.stringify({ type: "auth", ticket });
}

/** Close codes the API uses (api/app/realtime/socket.py, hub.py). */
export const CloseCode = {
  /** We closed it (unmount, sign-out): do not reconnect. */
  normal: 1000,
  unauthenticated: 4401,
  tokenExpired: 4001,
  tooSlow: 4008,
  /** The user opened more sockets than the server allows; this, the oldest, gave way. Reconnecting would
   * only evict another tab, which would reconnect in turn: this one stays closed. */
  replaced: 4409,
  /** Ours: the heartbeat went unanswered. */
  heartbeatLost: 4000,
} as const;
