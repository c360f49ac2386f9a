"use client";

import { WakingUpPanel } from "@/components/waking-up-panel";
import { Button } from "@/components/ui/button";
import { isApiUnavailable } from "@/lib/api/unavailable";

interface ErrorPageProps {
  error: Error & { digest?: string };
  /** Re-renders the page on the server (router.refresh) and resets this boundary. */
  retry: () => void;
}

export default function ErrorPage({ error, retry }: ErrorPageProps) {
  if (isApiUnavailable(error)) {
    return (
      <main id="main" className="flex flex-1 flex-col justify-center px-4 py-16">
        <WakingUpPanel onRetry={retry} />
      </main>
    );
  }
  return (
    <main
      id="main"
      className="mx-auto flex max-w-xl flex-1 flex-col justify-center px-4 py-16 text-center"
    >
      <h1 className="text-2xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-4 text-slate-600">
        We could not load this page. It may be a temporary problem on our side.
      </p>
      <div className="mt-8">
        <Button onClick={retry}>Try again</Button>
      </div>
    </main>
  );
}
