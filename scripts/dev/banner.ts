import { bold, paint } from "../lib/log.ts";

export interface BannerInfo {
  webUrl: string;
  apiUrl: string;
  databaseUrl: string;
  /** maildev's inbox, or null when SMTP_URL sends mail to a real server. */
  mailInboxUrl: string | null;
  /** What `python -m app.seed` printed: the demo logins and their password. */
  seedOutput: string[];
}

export function printBanner(info: BannerInfo): void {
  const rule = paint("green", "─".repeat(72));
  const lines = [
    "",
    rule,
    bold("  DevMarket is running"),
    "",
    `  Web app   ${paint("cyan", info.webUrl)}`,
    `  API       ${paint("cyan", info.apiUrl)}   (interactive docs: ${info.apiUrl}/docs)`,
    `  Database  ${info.databaseUrl}`,
    info.mailInboxUrl
      ? `  Mail      ${paint("cyan", info.mailInboxUrl)}   (every mail the app sends lands in this inbox)`
      : "  Mail      sent through SMTP_URL",
    "",
    ...(info.seedOutput.length > 0
      ? info.seedOutput.map((line) => `  ${line}`)
      : ["  (the seed printed no demo logins)"]),
    "",
    "  Ctrl-C stops everything.",
    rule,
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}
