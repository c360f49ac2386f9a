// The load of `make bench-realtime`: many authenticated sockets that record when each bench message reaches them,
// and a sender that posts messages at a steady rate and records when each POST went out and when it was answered.
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import WebSocket from "ws";
import { BENCH_ORIGIN, mintToken, type BenchUser } from "./realtime-stack.ts";

const CONTENT_PREFIX = "bench-realtime ";

export interface Receipt {
  seq: number;
  /** performance.now() at arrival (the sender's clock). */
  at: number;
  /** The same moment in epoch milliseconds, to compare with PostgreSQL's commit time. */
  wallAt: number;
  messageId: string;
  /** Which API process the socket is connected to. */
  target: number;
}

export interface SocketPool {
  receipts: Receipt[];
  close(): Promise<void>;
}

export interface SocketPlan {
  url: string;
  user: BenchUser;
  target: number;
}

function openSocket(plan: SocketPlan, receipts: Receipt[]): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(plan.url, {
      origin: BENCH_ORIGIN,
      headers: { Cookie: `access_token=${mintToken(plan.user)}` },
      perMessageDeflate: false,
    });
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error("no ready frame within 15 s"));
    }, 15_000);
    socket.on("message", (raw) => {
      const at = performance.now();
      const wallAt = performance.timeOrigin + at;
      const frame = JSON.parse(raw.toString()) as {
        type: string;
        data?: { message?: { id?: string; content?: string } };
      };
      if (frame.type === "ready") {
        clearTimeout(timer);
        resolve(socket);
      } else if (frame.type === "message.new") {
        const content = frame.data?.message?.content ?? "";
        if (content.startsWith(CONTENT_PREFIX)) {
          const seq = Number(content.slice(CONTENT_PREFIX.length));
          const messageId = frame.data?.message?.id ?? "";
          receipts.push({ seq, at, wallAt, messageId, target: plan.target });
        }
      }
    });
    socket.on("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`closed with ${code} before ready`));
    });
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Opens every planned socket (a few at a time, as tabs would trickle in) and waits for each one's "ready". */
export async function openSockets(plans: SocketPlan[], concurrency = 50): Promise<SocketPool> {
  const receipts: Receipt[] = [];
  const sockets: WebSocket[] = [];
  for (let start = 0; start < plans.length; start += concurrency) {
    const batch = plans.slice(start, start + concurrency);
    sockets.push(...(await Promise.all(batch.map((plan) => openSocket(plan, receipts)))));
  }
  return {
    receipts,
    async close() {
      await Promise.all(
        sockets.map(
          (socket) =>
            new Promise<void>((resolve) => {
              socket.removeAllListeners("close");
              socket.once("close", () => resolve());
              socket.close(1000);
              setTimeout(() => {
                socket.terminate();
                resolve();
              }, 2_000);
            }),
        ),
      );
    },
  };
}

export interface Send {
  seq: number;
  receiverIndex: number;
  postedAt: number;
  answeredAt: number | null;
  status: number | null;
}

export interface SenderPlan {
  baseUrl: string;
  senders: BenchUser[];
  receivers: BenchUser[];
  messages: number;
  perSecond: number;
}

/**
 * Posts `messages` messages at a fixed rate without waiting for earlier answers (an open loop, so a slow answer
 * cannot hide the delay of the next one). Senders take turns so none reaches the 30-a-minute limit.
 */
export async function sendMessages(plan: SenderPlan): Promise<Send[]> {
  const cookies = plan.senders.map((sender) => `access_token=${mintToken(sender)}`);
  const sends: Send[] = [];
  const inFlight: Promise<void>[] = [];
  const interval = 1000 / plan.perSecond;
  const startedAt = performance.now();
  for (let seq = 0; seq < plan.messages; seq += 1) {
    const due = startedAt + seq * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const receiverIndex = seq % plan.receivers.length;
    const receiver = plan.receivers[receiverIndex];
    const cookie = cookies[seq % cookies.length];
    if (!receiver || !cookie) throw new Error("no sender or receiver");
    const send: Send = { seq, receiverIndex, postedAt: performance.now(), answeredAt: null, status: null };
    sends.push(send);
    inFlight.push(
      fetch(`${plan.baseUrl}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, origin: BENCH_ORIGIN },
        body: JSON.stringify({ receiver_id: receiver.id, content: `${CONTENT_PREFIX}${seq}` }),
      })
        .then(async (response) => {
          send.answeredAt = performance.now();
          send.status = response.status;
          await response.arrayBuffer();
        })
        .catch(() => {
          send.answeredAt = performance.now();
        }),
    );
  }
  await Promise.all(inFlight);
  return sends;
}

/** Waits until `expected` receipts are in, or `quietMs` pass without a new one. */
export async function awaitReceipts(pool: SocketPool, expected: number, quietMs = 5_000): Promise<void> {
  let seen = pool.receipts.length;
  let lastChange = performance.now();
  while (pool.receipts.length < expected && performance.now() - lastChange < quietMs) {
    await sleep(50);
    if (pool.receipts.length !== seen) {
      seen = pool.receipts.length;
      lastChange = performance.now();
    }
  }
}

export interface Distribution {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function distribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? NaN;
  const round = (value: number) => Math.round(value * 100) / 100;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1) ?? NaN),
    mean: round(mean),
  };
}
