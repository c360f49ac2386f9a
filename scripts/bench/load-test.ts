// One measurement: N connections hammer one URL for a while; latency percentiles come from every response.
//
// autocannon's own summary has p50/p97.5/p99 but no p95, so each response time is recorded here and the
// percentiles are computed from the full list (nearest-rank), not from a histogram's buckets.
import autocannon from "autocannon";

export interface LoadResult {
  requests: number;
  requests_per_second: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  /** Responses outside 2xx plus connection errors and timeouts: any of these voids the measurement. */
  failures: number;
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

function run(
  url: string,
  options: { connections: number; headers?: Record<string, string> },
  seconds: number,
  record: (ms: number) => void,
) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const settings = {
      url,
      connections: options.connections,
      headers: options.headers,
      duration: seconds,
      timeout: 10,
    };
    const instance = autocannon(settings, (error, result) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(result);
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => record(responseTime));
  });
}

/** A short unrecorded warm-up (connection pools, caches, the JIT of the process), then the measurement. */
export async function measure(
  url: string,
  options: { connections: number; seconds: number; warmupSeconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await run(url, options, options.warmupSeconds, () => undefined);
  const times: number[] = [];
  const result = await run(url, options, options.seconds, (ms) => times.push(ms));
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    requests_per_second: round(times.length / options.seconds, 1),
    p50_ms: round(percentile(times, 0.5)),
    p95_ms: round(percentile(times, 0.95)),
    p99_ms: round(percentile(times, 0.99)),
    max_ms: round(times.at(-1) ?? Number.NaN),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
