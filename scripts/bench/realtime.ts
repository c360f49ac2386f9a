// make bench-realtime: how fast do messages reach sockets, and what does an idle socket cost the API?
//
// Runs inside `scripts/with-db.ts test` (DATABASE_URL = a throwaway PostgreSQL server on this machine), on which it
// creates a database of its own with bench users (inserted directly; tokens minted with the bench JWT secret).
//
// 1. One API process (uvicorn, no reload, APP_ENV=test, production's WebSocket flags). Resident memory (VmRSS)
//    after a warm-up, then BENCH_SOCKETS (1,000) sockets for BENCH_USERS (125) users — several tabs each — all
//    authenticated by cookie and registered in the hub, then VmRSS again: the difference per socket is the cost of
//    an idle connection. A sender posts BENCH_MESSAGES messages at BENCH_RATE per second to those users; every
//    socket of the receiver records when the message arrived.
// 2. The same over two API processes sharing a throwaway redis-server: each user's sockets alternate between the
//    two processes, the sender posts to the first one only, so half of all deliveries cross to the other process.
//
// Latency, per delivery (one message reaching one socket):
//   - commit_to_receipt (the target's measure): PostgreSQL notes clock_timestamp() at each message's COMMIT (a
//     deferred trigger in the bench database only); the socket notes its arrival. Same machine, same clock — the
//     report shows the measured offset between PostgreSQL's clock and ours;
//   - post_to_receipt: from the moment the POST left the sender (its send time stamped in the content) — an upper
//     bound that adds the whole request (queueing, auth, rate-limit check, inserts) before the commit;
//   - response_to_receipt: from the POST's answer — a lower bound: the API commits and publishes before it
//     answers, so this is negative when the frame beats the answer.
//
// Prints one JSON document on stdout (progress on stderr) with the targets (issue 17, at BENCH_RATE=100
// BENCH_MESSAGES=1000 on 2 cores, one process and two over Redis) beside each figure and whether it is met:
// commit → receipt p95 ≤ 15 ms, POST → receipt p95 ≤ 25 ms, ≤ 3 ms of API CPU per message, ≤ 100 KB per idle
// connection, and every delivery received — reported, not enforced.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import {
  awaitReceipts,
  distribution,
  openSockets,
  sendMessages,
  type Receipt,
  type Send,
  type SocketPlan,
} from "./realtime-load.ts";
import {
  dropDatabase,
  insertUsers,
  prepareDatabase,
  clockOffsetMs,
  commitTimes,
  cpuSeconds,
  recordCommitTimes,
  residentKiB,
  startApi,
  startRedis,
  type ApiProcess,
  type BenchUser,
} from "./realtime-stack.ts";

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1_000);
const USERS = Number(process.env.BENCH_USERS ?? 125);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 400);
// 10 messages a second fan out to 80 sockets a second; a POST /messages costs the API ~15 ms of CPU on 2 cores.
const RATE = Number(process.env.BENCH_RATE ?? 10);
// The API allows 30 messages a minute per sender, and both phases run within a few minutes.
const SENDERS = Math.max(20, Math.ceil(MESSAGES / 10));
const TARGETS = {
  commit_to_receipt_p95_ms: 15,
  post_to_receipt_p95_ms: 25,
  api_cpu_ms_per_message: 3,
  per_idle_connection_kb: 100,
};

const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);

/** Socket i belongs to user i mod USERS (so each user has several tabs) and to process i mod targets. */
function planSockets(apis: ApiProcess[], users: BenchUser[]): SocketPlan[] {
  return Array.from({ length: SOCKETS }, (_, index) => {
    const user = users[index % users.length];
    const target = index % apis.length;
    const api = apis[target];
    if (!user || !api) throw new Error("empty plan");
    return { url: api.socketUrl, user, target };
  });
}

/** A socket and a few requests first, so the memory baseline has imported and allocated what any request needs. */
async function warmUp(apis: ApiProcess[], user: BenchUser): Promise<void> {
  for (const api of apis) {
    for (let i = 0; i < 20; i += 1) await fetch(`${api.baseUrl}/health/live`);
    const pool = await openSockets(planSockets([api], [user]).slice(0, 5));
    await pool.close();
  }
  await sleep(1_000);
}

function latencies(sends: Send[], receipts: Receipt[], committedAt: Map<string, number>, target?: number) {
  const bySeq = new Map(sends.map((send) => [send.seq, send]));
  const commitToReceipt: number[] = [];
  const postToReceipt: number[] = [];
  const responseToReceipt: number[] = [];
  for (const receipt of receipts) {
    if (target !== undefined && receipt.target !== target) continue;
    const send = bySeq.get(receipt.seq);
    if (!send) continue;
    const commit = committedAt.get(receipt.messageId);
    if (commit !== undefined) commitToReceipt.push(receipt.wallAt - commit);
    postToReceipt.push(receipt.at - send.postedAt);
    if (send.answeredAt !== null) responseToReceipt.push(receipt.at - send.answeredAt);
  }
  return {
    commit_to_receipt: distribution(commitToReceipt),
    post_to_receipt: distribution(postToReceipt),
    response_to_receipt: distribution(responseToReceipt),
    post_to_response: distribution(
      sends.filter((send) => send.answeredAt !== null).map((send) => (send.answeredAt ?? 0) - send.postedAt),
    ),
  };
}

async function measure(databaseUrl: string, apis: ApiProcess[], receivers: BenchUser[], senders: BenchUser[]) {
  await warmUp(apis, receivers[0]!);
  const before = apis.map((api) => residentKiB(api.pid));
  const openedAt = Date.now();
  const pool = await openSockets(planSockets(apis, receivers));
  const connectSeconds = (Date.now() - openedAt) / 1000;
  log(`${SOCKETS} sockets ready in ${connectSeconds.toFixed(1)} s`);
  await sleep(3_000); // let the connection bursts' temporary buffers go
  const after = apis.map((api) => residentKiB(api.pid));
  const growth = after.reduce((sum, kib, i) => sum + kib - (before[i] ?? 0), 0);

  log(`sending ${MESSAGES} messages at ${RATE}/s from ${senders.length} senders`);
  const cpuBefore = apis.map((api) => cpuSeconds(api.pid));
  const loadBefore = os.loadavg()[0] ?? 0;
  const sends = await sendMessages({
    baseUrl: apis[0]!.baseUrl,
    senders,
    receivers,
    messages: MESSAGES,
    perSecond: RATE,
  });
  const socketsPerUser = SOCKETS / receivers.length;
  const expected = Math.round(sends.filter((send) => send.status === 201).length * socketsPerUser);
  await awaitReceipts(pool, expected);
  const cpuUsed = apis.map((api, i) => cpuSeconds(api.pid) - (cpuBefore[i] ?? 0));
  const loadAfter = os.loadavg()[0] ?? 0;
  await pool.close();
  const committedAt = await commitTimes(databaseUrl);

  const refused: Record<string, number> = {};
  for (const send of sends.filter((send) => send.status !== 201)) {
    const key = String(send.status ?? "network error");
    refused[key] = (refused[key] ?? 0) + 1;
  }
  return {
    sockets: SOCKETS,
    connect_seconds: Math.round(connectSeconds * 10) / 10,
    memory: {
      rss_before_kib: before,
      rss_with_sockets_kib: after,
      per_idle_connection_kb: Math.round(((growth * 1024) / SOCKETS / 1000) * 10) / 10,
    },
    messages: {
      posted: sends.length,
      refused,
      deliveries_expected: expected,
      deliveries_received: pool.receipts.length,
    },
    api_cpu_ms_per_message: cpuUsed.map((seconds) => Math.round((seconds * 1000 * 10) / sends.length) / 10),
    machine_load_1min: { before_sending: loadBefore, after_receiving: loadAfter },
    latency_ms: {
      all: latencies(sends, pool.receipts, committedAt),
      ...(apis.length > 1
        ? {
            sockets_on_the_posting_process: latencies(sends, pool.receipts, committedAt, 0),
            sockets_on_the_other_process: latencies(sends, pool.receipts, committedAt, 1),
          }
        : {}),
    },
  };
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run `make bench-realtime`");
  const databaseUrl = await prepareDatabase(serverUrl);
  await recordCommitTimes(databaseUrl);
  const clock = await clockOffsetMs(databaseUrl, () => performance.timeOrigin + performance.now());
  const stopping: (() => Promise<void>)[] = [];
  try {
    const receivers = await insertUsers(databaseUrl, "receiver", USERS);
    const senders = await insertUsers(databaseUrl, "sender", SENDERS);

    log("phase 1: one API process, in-process hub");
    const single = await startApi(databaseUrl, null);
    stopping.push(() => single.stop());
    const oneProcess = await measure(databaseUrl, [single], receivers, senders);
    await single.stop();

    log("phase 2: two API processes over Redis pub/sub");
    const redis = await startRedis();
    stopping.push(() => redis.stop());
    const first = await startApi(databaseUrl, redis.url);
    stopping.push(() => first.stop());
    const second = await startApi(databaseUrl, redis.url);
    stopping.push(() => second.stop());
    const twoProcesses = await measure(databaseUrl, [first, second], receivers, senders);

    const phases = { one_process: oneProcess, two_processes_redis: twoProcesses };
    const verdict = Object.fromEntries(
      Object.entries(phases).map(([name, phase]) => {
        const commitP95 = phase.latency_ms.all.commit_to_receipt.p95;
        const postP95 = phase.latency_ms.all.post_to_receipt.p95;
        const cpu = Math.max(...phase.api_cpu_ms_per_message);
        const { deliveries_expected: expected, deliveries_received: received } = phase.messages;
        return [
          name,
          {
            commit_to_receipt_p95_ms: commitP95,
            commit_to_receipt_target: `<= ${TARGETS.commit_to_receipt_p95_ms}`,
            commit_to_receipt_met: commitP95 <= TARGETS.commit_to_receipt_p95_ms,
            post_to_receipt_p95_ms: postP95,
            post_to_receipt_target: `<= ${TARGETS.post_to_receipt_p95_ms}`,
            post_to_receipt_met: postP95 <= TARGETS.post_to_receipt_p95_ms,
            api_cpu_ms_per_message: cpu,
            api_cpu_target: `<= ${TARGETS.api_cpu_ms_per_message} (the busiest process)`,
            api_cpu_met: cpu <= TARGETS.api_cpu_ms_per_message,
            per_idle_connection_kb: phase.memory.per_idle_connection_kb,
            memory_met: phase.memory.per_idle_connection_kb <= TARGETS.per_idle_connection_kb,
            deliveries: `${received}/${expected}`,
            nothing_lost: received === expected && Object.keys(phase.messages.refused).length === 0,
          },
        ];
      }),
    );
    const report = {
      benchmark: "realtime",
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "unknown", load_average: os.loadavg() },
      postgres_clock: clock,
      settings: { sockets: SOCKETS, users: USERS, messages: MESSAGES, messages_per_second: RATE, senders: SENDERS },
      definitions: {
        commit_to_receipt: "PostgreSQL's clock at the message's COMMIT → frame received by a socket",
        post_to_receipt: "POST sent → frame received: upper bound (adds the whole request before the commit)",
        response_to_receipt: "POST answered → frame received: lower bound (the commit precedes the answer)",
        post_to_response: "the POST's own round trip (auth, checks, insert, commit, publish)",
        api_cpu_ms_per_message: "API process CPU time while sending, per message (each one fans out to every tab)",
        per_idle_connection_kb: "(VmRSS with the sockets open − VmRSS before) / sockets, summed over API processes",
      },
      ...phases,
      targets: TARGETS,
      verdict,
      all_met: Object.values(verdict).every(
        (v) => v.commit_to_receipt_met && v.post_to_receipt_met && v.api_cpu_met && v.memory_met && v.nothing_lost,
      ),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    for (const stop of stopping.reverse()) await stop().catch(() => undefined);
    await dropDatabase(serverUrl).catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
