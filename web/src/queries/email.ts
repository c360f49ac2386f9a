import { type QueryClient, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import type { components } from "@/lib/api/schema";
import type { ApiClient } from "@/lib/api/types";

export type EmailPreferences = components["schemas"]["EmailPreferences"];
export type EmailPreference = keyof EmailPreferences;
export type UnsubscribeStatus = components["schemas"]["UnsubscribeOut"];

/** Every cache key of the email domain comes from here. */
export const emailKeys = {
  all: ["email"] as const,
  preferences: () => [...emailKeys.all, "preferences"] as const,
};

/** `api` defaults to the browser client; Server Components pass `await requestApi()`. */
export const emailQueries = {
  preferences: (api: ApiClient = browserApi) =>
    queryOptions({
      queryKey: emailKeys.preferences(),
      queryFn: () => unwrap(api.GET("/users/me/email-preferences")),
    }),
};

export interface PreferenceChange {
  preference: EmailPreference;
  on: boolean;
}

/**
 * Flip one switch. Optimistic: the switch moves at once and moves back if the API refuses, so the
 * caller only has to say so (a toast). Each change sends and stores only its own switch, so two
 * quick flips of different switches cannot undo each other.
 */
export function setEmailPreferenceMutation(queryClient: QueryClient, api: ApiClient = browserApi) {
  const key = emailKeys.preferences();
  const put = (preference: EmailPreference, on: boolean) => {
    queryClient.setQueryData<EmailPreferences>(key, (now) =>
      now ? { ...now, [preference]: on } : now,
    );
  };
  return {
    mutationFn: ({ preference, on }: PreferenceChange) =>
      unwrap(api.PATCH("/users/me/email-preferences", { body: { [preference]: on } })),
    onMutate: async ({ preference, on }: PreferenceChange) => {
      await queryClient.cancelQueries({ queryKey: key });
      const was = queryClient.getQueryData<EmailPreferences>(key)?.[preference];
      put(preference, on);
      return { was };
    },
    onError: (_error: unknown, { preference }: PreferenceChange, context?: { was?: boolean }) => {
      if (context?.was !== undefined) put(preference, context.was);
    },
    onSuccess: (saved: EmailPreferences, { preference }: PreferenceChange) => {
      put(preference, saved[preference]);
    },
  };
}

export function useSetEmailPreference() {
  const queryClient = useQueryClient();
  return useMutation(setEmailPreferenceMutation(queryClient));
}

/** One-click unsubscribe from the public page: the token is the authority, no sign-in. */
export function unsubscribe(token: string): Promise<UnsubscribeStatus> {
  return unwrap(browserApi.POST("/email/unsubscribe", { params: { query: { token } } }));
}
