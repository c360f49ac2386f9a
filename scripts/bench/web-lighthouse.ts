// make bench-web's browser and measuring tool: Debian's Chromium (never a downloaded one) with a DevTools port,
// and one Lighthouse run of a page in it — mobile, simulated throttling, the performance category only.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import lighthouse from "lighthouse";
import { freePort } from "../lib/ports.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox", // CI runs as root, where Chromium's sandbox refuses to start
  "--disable-gpu",
  // No network but loopback here: without these Chromium keeps dialling Google's services.
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export interface Chromium {
  port: number;
  stop(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "bench-web-chromium-"));
  const args = [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"];
  const child = spawn(CHROMIUM, args, { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async (): Promise<void> => {
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(5_000)]);
    child.kill("SIGKILL");
    fs.rmSync(profile, { recursive: true, force: true });
  };
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(200)) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { port, stop };
    } catch {
      // not listening yet
    }
  }
  await stop();
  throw new Error(`${CHROMIUM} did not open its DevTools port within 30 s`);
}

/** The figures of one run. Times in ms, sizes in bytes as transferred (compressed). */
export interface PageRun {
  performance_score: number;
  lcp_ms: number;
  cls: number;
  tbt_ms: number;
  fcp_ms: number;
  speed_index_ms: number;
  js_transfer_bytes: number;
  js_requests: number;
  total_transfer_bytes: number;
  lcp_element: string | null;
  /** The failing audits with an estimated saving, largest first: what to fix. */
  opportunities: { audit: string; savings_ms: number; savings_bytes: number }[];
}

interface SummaryItem {
  resourceType: string;
  transferSize: number;
  requestCount: number;
}

export async function lighthouseRun(url: string, port: number): Promise<{ run: PageRun; json: string }> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audits = lhr.audits;
  const value = (id: string): number => audits[id]?.numericValue ?? Number.NaN;
  const summary = ((audits["resource-summary"]?.details as { items?: SummaryItem[] } | undefined)?.items ?? []).reduce<
    Record<string, SummaryItem>
  >((byType, item) => ({ ...byType, [item.resourceType]: item }), {});
  const lcpItems = (audits["largest-contentful-paint-element"]?.details as { items?: unknown[] } | undefined)?.items;
  const lcpNode = JSON.stringify(lcpItems?.[0] ?? null).match(/"snippet":"((?:[^"\\]|\\.)*)"/)?.[1] ?? null;
  const opportunities = Object.values(audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.details?.type === "opportunity")
    .map((audit) => {
      const details = audit.details as { overallSavingsMs?: number; overallSavingsBytes?: number };
      return {
        audit: audit.id,
        savings_ms: Math.round(details.overallSavingsMs ?? 0),
        savings_bytes: Math.round(details.overallSavingsBytes ?? 0),
      };
    })
    .sort((a, b) => b.savings_ms - a.savings_ms || b.savings_bytes - a.savings_bytes);
  const run: PageRun = {
    performance_score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcp_ms: Math.round(value("largest-contentful-paint")),
    cls: Number(value("cumulative-layout-shift").toFixed(3)),
    tbt_ms: Math.round(value("total-blocking-time")),
    fcp_ms: Math.round(value("first-contentful-paint")),
    speed_index_ms: Math.round(value("speed-index")),
    js_transfer_bytes: summary.script?.transferSize ?? 0,
    js_requests: summary.script?.requestCount ?? 0,
    total_transfer_bytes: summary.total?.transferSize ?? 0,
    lcp_element: lcpNode,
    opportunities,
  };
  return { run, json: typeof result.report === "string" ? result.report : JSON.stringify(lhr) };
}
