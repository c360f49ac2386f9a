"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";

import { showToast } from "@/components/ui/toast-store";
import type { AdminEmail } from "@/lib/api/types";
import { adminQueries, useRetryEmail } from "@/queries/admin";

import { PagedList } from "../_components/paged-list";
import { MailTable } from "./mail-table";

export function MailView() {
  const query = useInfiniteQuery(adminQueries.failedEmails());
  const retry = useRetryEmail();
  const [retrying, setRetrying] = useState<number | null>(null);

  function onRetry(email: AdminEmail) {
    if (retry.isPending) return;
    setRetrying(email.id);
    retry.mutate(email.id, {
      onSuccess: () => {
        showToast({ title: `The mail to ${email.to_address} is queued again.`, tone: "success" });
      },
      onError: () => {
        showToast({
          title: `The mail to ${email.to_address} could not be retried. It may have been retried already.`,
          tone: "error",
        });
      },
      onSettled: () => {
        setRetrying(null);
      },
    });
  }

  return (
    <PagedList
      query={query}
      noun={{ one: "failed mail", many: "failed mails" }}
      empty={<p>No failed mail. Everything queued has been delivered or is still being tried.</p>}
    >
      {(emails) => <MailTable emails={emails} retrying={retrying} onRetry={onRetry} />}
    </PagedList>
  );
}
