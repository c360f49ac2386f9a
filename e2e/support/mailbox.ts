// The inbox of the mail catcher the test stack sends to (maildev, started by playwright.config.ts): what a person
// would find in their mailbox, read through maildev's HTTP API.
import { expect } from "@playwright/test";
import { testPorts } from "../../scripts/test-env.ts";

const INBOX = `http://127.0.0.1:${testPorts.mailbox}/api`;

export interface Mail {
  id: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** Every http(s) link of the plain-text part, in order. */
  links: string[];
}

interface MaildevMail {
  id: string;
  subject: string;
  text?: string;
  html?: string;
  headers: Record<string, string>;
  to: { address: string }[];
}

async function inbox(): Promise<MaildevMail[]> {
  const response = await fetch(`${INBOX}/email`);
  if (!response.ok) throw new Error(`the test inbox answered ${response.status}`);
  return (await response.json()) as MaildevMail[];
}

function toMail(mail: MaildevMail): Mail {
  const text = mail.text ?? "";
  return {
    id: mail.id,
    subject: mail.subject,
    text,
    html: mail.html ?? "",
    headers: mail.headers,
    links: [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]),
  };
}

/** Every mail sent to this address so far whose subject matches, oldest first. */
export async function mailsTo(address: string, subject: RegExp): Promise<Mail[]> {
  const wanted = address.toLowerCase();
  return (await inbox())
    .filter((mail) => mail.to.some((to) => to.address.toLowerCase() === wanted) && subject.test(mail.subject))
    .map(toMail);
}

/** Waits for the mail (the API's sender delivers within seconds) and returns the newest one that matches. */
export async function waitForMail(address: string, subject: RegExp, timeout = 30_000): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(address, subject)).at(-1);
        return found !== undefined;
      },
      { timeout, message: `a mail to ${address} with a subject matching ${subject}` },
    )
    .toBe(true);
  return found!;
}

/** The first link of the mail that starts with this URL prefix (e.g. `${baseURL}/auth/reset-password`). */
export function linkStartingWith(mail: Mail, prefix: string): string {
  const link = mail.links.find((candidate) => candidate.startsWith(prefix));
  if (!link) throw new Error(`no link starting with ${prefix} in "${mail.subject}": ${mail.links.join(", ")}`);
  return link;
}
