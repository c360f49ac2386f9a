import { reconnectDelay } from "./backoff";
import type { SocketAuth, SocketEndpoint } from "./endpoint";
import {
  authFrame,
  CloseCode,
  parseServerFrame,
  PING_FRAME,
  type RealtimeNotification,
  type ServerFrame,
} from "./frames";

/**
 * One realtime connection per tab, independent of React (so it is unit-tested with a fake socket).
 *
 * Guarantee: every notification reaches `onNotifications` once, in id order, even across drops.
 * The id of the newest one seen is kept in memory; after every (re)connection the client asks
 * GET /notifications?after=<that id> before delivering live frames again (frames arriving during
 * the catch-up wait in a buffer), and anything at or below that id is a duplicate and skipped.
 */
export type ConnectionState = "connecting" | "live" | "reconnecting" | "stopped";

export type SessionRefresh = "ok" | "signed-out" | "unreachable";

export interface NotificationsAfter {
  items: RealtimeNotification[];
  next_cursor: string | null;
}

/** The parts of the browser's WebSocket we use (a test passes a fake). */
export interface SocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export interface RealtimeClientDeps {
  /** Resolved on the first start(), in the browser (it needs the page's location). */
  endpoint: () => SocketEndpoint;
  /** The newest notification id this tab already shows (the bell's list, rendered with the page). */
  loadLatestId(): Promise<number>;
  fetchAfter(afterId: number): Promise<NotificationsAfter>;
  fetchTicket(): Promise<string>;
  /** POST /api/auth/token/refresh, for a socket closed because its token expired. */
  refreshSession(): Promise<SessionRefresh>;
  onNotifications(batch: RealtimeNotification[], source: "live" | "catch-up"): void;
  onSignedOut(): void;
  createSocket?: (url: string) => SocketLike;
  random?: () => number;
}

/** We ping after this much silence; the API answers at once, so a missing pong means a dead link. */
export const PING_AFTER_MS = 20_000;
export const PONG_TIMEOUT_MS = 10_000;
/** From creating the socket to the server's "ready" (handshake, then cookie or ticket check). */
export const READY_TIMEOUT_MS = 15_000;
const HEARTBEAT_TICK_MS = 5_000;

export class RealtimeClient {
  private state: ConnectionState = "stopped";
  private readonly listeners = new Set<() => void>();
  private endpoint: SocketEndpoint | null = null;
  private auth: SocketAuth = "cookie";
  private lastSeenId: number | null = null;
  private socket: SocketLike | null = null;
  /** Bumped whenever a socket is abandoned, so its late callbacks are ignored. */
  private generation = 0;
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  private socketCreatedAt = 0;
  private lastFrameAt = 0;
  private pingSentAt: number | null = null;
  private isReady = false;
  private catchingUp = false;
  private buffered: RealtimeNotification[] = [];
  private refreshedSinceReady = false;

  constructor(private readonly deps: RealtimeClientDeps) {}

  getState = (): ConnectionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(): void {
    if (this.state !== "stopped") return;
    if (this.endpoint === null) {
      this.endpoint = this.deps.endpoint();
      this.auth = this.endpoint.auth;
    }
    this.setState("connecting");
    void this.connect();
  }

  stop(): void {
    this.setState("stopped");
    this.dropSocket();
    this.clearReconnectTimer();
  }

  /** The network came back or the tab became visible: skip the rest of the backoff. */
  reconnectNow(): void {
    if (this.state !== "reconnecting" || this.reconnectTimer === null) return;
    this.clearReconnectTimer();
    void this.connect();
  }

  private isStopped(): boolean {
    return this.state === "stopped";
  }

  private setState(next: ConnectionState): void {
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private async connect(): Promise<void> {
    this.dropSocket();
    const generation = this.generation;
    try {
      this.lastSeenId ??= await this.deps.loadLatestId();
      const ticket = this.auth === "ticket" ? await this.deps.fetchTicket() : null;
      if (generation !== this.generation || this.state === "stopped") return;
      this.open(ticket);
    } catch {
      if (generation === this.generation && this.state !== "stopped") this.scheduleReconnect();
    }
  }

  private open(ticket: string | null): void {
    const generation = this.generation;
    const createSocket = this.deps.createSocket ?? ((url: string) => new WebSocket(url));
    const socket = createSocket(this.endpoint?.url ?? "");
    this.socket = socket;
    this.socketCreatedAt = Date.now();
    this.lastFrameAt = this.socketCreatedAt;
    this.pingSentAt = null;
    this.isReady = false;
    const current = () => generation === this.generation;

    socket.onopen = () => {
      if (current() && ticket !== null) socket.send(authFrame(ticket));
    };
    socket.onmessage = (event) => {
      if (!current()) return;
      this.lastFrameAt = Date.now();
      this.pingSentAt = null;
      const frame = parseServerFrame(typeof event.data === "string" ? event.data : "");
      if (frame) this.handleFrame(frame);
    };
    socket.onclose = (event) => {
      if (!current()) return;
      this.dropSocket();
      void this.handleClose(event.code);
    };
    socket.onerror = () => undefined; // a close event always follows; it decides what to do
    this.heartbeatTimer = setInterval(() => {
      this.checkHeartbeat();
    }, HEARTBEAT_TICK_MS);
  }

  private handleFrame(frame: ServerFrame): void {
    if (frame.kind === "ready") {
      this.isReady = true;
      void this.catchUp();
    } else if (frame.kind === "notification") {
      if (this.catchingUp) this.buffered.push(frame.notification);
      else this.deliver([frame.notification], "live");
    }
    // ping and pong only prove the link is alive, which receiving them already recorded.
  }

  private async catchUp(): Promise<void> {
    const generation = this.generation;
    this.catchingUp = true;
    try {
      const missed: RealtimeNotification[] = [];
      let after = this.lastSeenId ?? 0;
      for (;;) {
        const page = await this.deps.fetchAfter(after);
        if (generation !== this.generation) return;
        missed.push(...page.items);
        const last = page.items.at(-1);
        if (page.next_cursor === null || last === undefined) break;
        after = last.id;
      }
      this.catchingUp = false;
      this.deliver(missed, "catch-up");
      const buffered = this.buffered;
      this.buffered = [];
      this.deliver(buffered, "live");
      this.attempt = 0;
      this.refreshedSinceReady = false;
      this.setState("live");
    } catch {
      // Without the catch-up we could miss something: start over on a fresh socket.
      if (generation !== this.generation || this.state === "stopped") return;
      this.dropSocket();
      this.scheduleReconnect();
    }
  }

  private deliver(notifications: RealtimeNotification[], source: "live" | "catch-up"): void {
    const seen = this.lastSeenId ?? 0;
    const byId = new Map(notifications.filter((n) => n.id > seen).map((n) => [n.id, n]));
    const fresh = [...byId.values()].sort((a, b) => a.id - b.id);
    const newest = fresh.at(-1);
    if (newest === undefined) return;
    this.lastSeenId = newest.id;
    this.deps.onNotifications(fresh, source);
  }

  private async handleClose(code: number): Promise<void> {
    if (this.state === "stopped") return;
    if (code === CloseCode.replaced) {
      this.stop();
      return;
    }
    this.setState("reconnecting");
    const generation = this.generation;
    if (code === CloseCode.unauthenticated || code === CloseCode.tokenExpired) {
      // Refused right after a successful refresh: the cookie never reached the API's host (say,
      // the page is on another hostname). A ticket works from anywhere.
      if (code === CloseCode.unauthenticated && this.refreshedSinceReady) this.auth = "ticket";
      const outcome = await this.deps.refreshSession();
      // (stop() may have run while we waited)
      if (generation !== this.generation || this.isStopped()) return;
      if (outcome === "signed-out") {
        this.stop();
        this.deps.onSignedOut();
        return;
      }
      if (outcome === "ok") this.refreshedSinceReady = true;
    }
    this.scheduleReconnect();
  }

  private checkHeartbeat(): void {
    const now = Date.now();
    const lost = this.isReady
      ? this.pingSentAt !== null && now - this.pingSentAt > PONG_TIMEOUT_MS
      : now - this.socketCreatedAt > READY_TIMEOUT_MS;
    if (lost) {
      this.dropSocket(CloseCode.heartbeatLost);
      this.setState("reconnecting");
      this.scheduleReconnect();
    } else if (
      this.isReady &&
      this.pingSentAt === null &&
      now - this.lastFrameAt >= PING_AFTER_MS
    ) {
      this.pingSentAt = now;
      this.socket?.send(PING_FRAME);
    }
  }

  private scheduleReconnect(): void {
    this.clearReconnectTimer();
    this.setState("reconnecting");
    const delay = reconnectDelay(this.attempt, this.deps.random);
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delay);
  }

  private clearReconnectTimer(): void {
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
  }

  /** Forget the current socket (its callbacks become no-ops) and close it. */
  private dropSocket(code: number = CloseCode.normal): void {
    this.generation += 1;
    if (this.heartbeatTimer !== null) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
    this.catchingUp = false;
    this.buffered = [];
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
      try {
        socket.close(code);
      } catch {
        // Closing a socket that never opened can throw in some browsers; it is gone either way.
      }
    }
  }
}
