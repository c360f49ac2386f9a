import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

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

/**
 * Flip one switch. Optimistic: the switch moves at once and moves back if the API refuses, so the
 * caller only has to say so (a toast). Each change sends only its own switch, so two quick flips of
 * different switches cannot undo each other.
 */
export function useSetEmailPreference() {
  const queryClient = useQueryClient();
  const key = emailKeys.preferences();
  return useMutation({
    mutationFn: ({ preference, on }: { preference: EmailPreference; on: boolean }) =>
      unwrap(browserApi.PATCH("/users/me/email-preferences", { body: { [preference]: on } })),
    onMutate: async ({ preference, on }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<EmailPreferences>(key);
      if (before) queryClient.setQueryData<EmailPreferences>(key, { ...before, [preference]: on });
      return { preference, was: before?.[preference] };
    },
    onError: (_error, _change, context) => {
      if (context?.was === undefined) return;
      const { preference, was } = context;
      queryClient.setQueryData<EmailPreferences>(key, (now) =>
        now ? { ...now, [preference]: was } : now,
      );
    },
    onSuccess: (saved, { preference }) => {
      // Only this switch: a later flip of another one may still be on its way.
      queryClient.setQueryData<EmailPreferences>(key, (now) =>
        now ? { ...now, [preference]: saved[preference] } : saved,
      );
    },
  });
}

/** One-click unsubscribe from the public page: the token is the authority, no sign-in. */
export function unsubscribe(token: string): Promise<UnsubscribeStatus> {
  return unwrap(browserApi.POST("/email/unsubscribe", { params: { query: { token } } }));
}
