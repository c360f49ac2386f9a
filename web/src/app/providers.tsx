"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { z } from "zod";

import { Toaster } from "@/components/ui/toaster";
import { getQueryClient } from "@/lib/query/query-client";

// Zod compiles object schemas with `new Function` when it may; it finds out by trying, and under our
// CSP (no 'unsafe-eval') that probe is reported as a violation even though Zod catches it. The
// interpreted path is what it would fall back to anyway. Module scope: before any form validates.
z.config({ jitless: true });

export function Providers({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toaster />
    </QueryClientProvider>
  );
}
