import { MutationObserver, QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";

import type { ApiClient } from "@/lib/api/types";

import { emailKeys, type EmailPreferences, setEmailPreferenceMutation } from "../email";

const ALL_ON: EmailPreferences = { order_updates: true, messages: true, reminders: true };

/** A typed client whose only call is the PATCH, answering `status` with `body` once `release` runs. */
function apiAnswering(status: number, body: unknown) {
  const calls: unknown[][] = [];
  let release: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => {
    release = resolve;
  });
  const api = {
    PATCH: async (...args: unknown[]) => {
      calls.push(args);
      await answered;
      const response = new Response(JSON.stringify(body), { status });
      return status < 400 ? { data: body, response } : { error: body, response };
    },
  } as unknown as ApiClient;
  return { api, calls, release };
}

function loaded(): QueryClient {
  const queryClient = new QueryClient();
  queryClient.setQueryData(emailKeys.preferences(), ALL_ON);
  return queryClient;
}

describe("setEmailPreferenceMutation", () => {
  it("moves the switch at once and sends only that switch", async () => {
    const queryClient = loaded();
    const { api, calls, release } = apiAnswering(200, { ...ALL_ON, messages: false });
    const observer = new MutationObserver(
      queryClient,
      setEmailPreferenceMutation(queryClient, api),
    );

    const done = observer.mutate({ preference: "messages", on: false });
    await vi.waitFor(() => {
      expect(calls).toHaveLength(1); // the request is out: onMutate has run
    });
    expect(queryClient.getQueryData(emailKeys.preferences())).toEqual({
      ...ALL_ON,
      messages: false,
    });
    release();
    await done;
    expect(calls[0]).toEqual(["/users/me/email-preferences", { body: { messages: false } }]);
    expect(queryClient.getQueryData(emailKeys.preferences())).toEqual({
      ...ALL_ON,
      messages: false,
    });
  });

  it("puts the switch back when the API refuses", async () => {
    const queryClient = loaded();
    const { api, release } = apiAnswering(503, { detail: "Down", code: "database_unavailable" });
    const observer = new MutationObserver(
      queryClient,
      setEmailPreferenceMutation(queryClient, api),
    );
    release();
    await expect(observer.mutate({ preference: "reminders", on: false })).rejects.toThrow();
    expect(queryClient.getQueryData(emailKeys.preferences())).toEqual(ALL_ON);
  });

  it("an earlier answer does not undo a later flip of another switch", async () => {
    const queryClient = loaded();
    // The server answers the first change before it has seen the second.
    const first = apiAnswering(200, { ...ALL_ON, messages: false });
    const firstFlip = new MutationObserver(
      queryClient,
      setEmailPreferenceMutation(queryClient, first.api),
    );
    const second = apiAnswering(200, { ...ALL_ON, messages: false, reminders: false });
    const secondFlip = new MutationObserver(
      queryClient,
      setEmailPreferenceMutation(queryClient, second.api),
    );

    const one = firstFlip.mutate({ preference: "messages", on: false });
    const two = secondFlip.mutate({ preference: "reminders", on: false });
    first.release();
    await one;
    expect(queryClient.getQueryData(emailKeys.preferences())).toEqual({
      ...ALL_ON,
      messages: false,
      reminders: false,
    });
    second.release();
    await two;
    expect(queryClient.getQueryData(emailKeys.preferences())).toEqual({
      ...ALL_ON,
      messages: false,
      reminders: false,
    });
  });
});
