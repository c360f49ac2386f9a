import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => undefined;

/** False in the server HTML and until React has hydrated in the browser, then true. */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
