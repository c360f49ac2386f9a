import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { browserApi } from "@/lib/api/browser-client";
import { unwrap } from "@/lib/api/errors";
import type { ApiClient, CurrentUser, ProfileUpdate } from "@/lib/api/types";

/** Every cache key of the users domain comes from here, so invalidation can target a prefix. */
export const userKeys = {
  all: ["users"] as const,
  me: () => [...userKeys.all, "me"] as const,
  profile: (userId: string) => [...userKeys.all, "profile", userId] as const,
};

/** `api` defaults to the browser client; Server Components pass `await requestApi()`. */
export const userQueries = {
  me: (api: ApiClient = browserApi) =>
    queryOptions({
      queryKey: userKeys.me(),
      queryFn: () => unwrap(api.GET("/users/me")),
    }),
  profile: (userId: string, api: ApiClient = browserApi) =>
    queryOptions({
      queryKey: userKeys.profile(userId),
      queryFn: () => unwrap(api.GET("/users/{user_id}", { params: { path: { user_id: userId } } })),
    }),
};

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileUpdate) =>
      unwrap(browserApi.PATCH("/users/me", { body: changes })),
    onSuccess: (user: CurrentUser) => {
      // The response is the new truth: no refetch needed for "me"; public views refetch.
      queryClient.setQueryData(userKeys.me(), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.profile(user.id) });
    },
  });
}
