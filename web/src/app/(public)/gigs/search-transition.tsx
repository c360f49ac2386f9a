"use client";

import {
  createContext,
  use,
  useTransition,
  type ReactNode,
  type TransitionStartFunction,
} from "react";

interface SearchTransitionState {
  isPending: boolean;
  startTransition: TransitionStartFunction;
}

const SearchTransitionContext = createContext<SearchTransitionState | null>(null);

/**
 * Shares one transition between the filter form and the results: while the next URL's results
 * render on the server, the current ones stay on screen, dimmed and marked busy.
 */
export function SearchTransition({ children }: { children: ReactNode }) {
  const [isPending, startTransition] = useTransition();
  return (
    <SearchTransitionContext value={{ isPending, startTransition }}>
      {children}
    </SearchTransitionContext>
  );
}

export function useSearchTransition(): SearchTransitionState {
  const state = use(SearchTransitionContext);
  if (!state) throw new Error("useSearchTransition must be used inside <SearchTransition>");
  return state;
}

export function PendingResults({ children }: { children: ReactNode }) {
  const { isPending } = useSearchTransition();
  return (
    <div
      aria-busy={isPending || undefined}
      className={isPending ? "opacity-60 transition-opacity" : ""}
    >
      <p role="status" className="sr-only">
        {isPending ? "Loading results…" : ""}
      </p>
      {children}
    </div>
  );
}
