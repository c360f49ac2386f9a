// Ports: a free one for a server of our own, whether one is taken, and waiting for a server to answer.
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A TCP port on 127.0.0.1 that nothing listens on right now (the system picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Whether something already listens on `port` (a `make dev` still running, or one whose servers were orphaned). */
export function isPortInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "EADDRINUSE"));
    server.listen(port, () => server.close(() => resolve(false)));
  });
}

/** Polls `url` until it answers with any status below 500; stops early when `gaveUp` says so. */
export async function waitForHttp(url: string, gaveUp: () => boolean): Promise<boolean> {
  while (!gaveUp()) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000), redirect: "manual" });
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  return false;
}
