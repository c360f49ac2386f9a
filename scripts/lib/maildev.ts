// maildev, the mail catcher of development and the end-to-end tests (DESIGN §11): SMTP on one port, the inbox
// (web page and HTTP API) on another, both on loopback only, mail kept in memory.
import path from "node:path";
import { repoRoot } from "./paths.ts";

export const MAILDEV_BIN = path.join(repoRoot, "node_modules", ".bin", "maildev");

export function maildevArgs({ smtpPort, webPort }: { smtpPort: number; webPort: number }): string[] {
  return ["--smtp", String(smtpPort), "--web", String(webPort), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1"];
}
