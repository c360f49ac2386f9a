"use client";

import { useState } from "react";

import type { OrderListItem } from "@/lib/api/types";

import { Announcement } from "./announcement";
import { OverrideOrderDialog } from "./override-order-dialog";

/**
 * The override flow an admin order table offers: `open(order)` from a row's action; `view` is the
 * dialog and the line that announces what was done, to render once beside the table.
 */
export function useOverrideDialog() {
  const [target, setTarget] = useState<OrderListItem | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const view = (
    <>
      <Announcement message={announcement} />
      <OverrideOrderDialog
        order={target}
        onClose={() => {
          setTarget(null);
        }}
        onDone={(message) => {
          setTarget(null);
          setAnnouncement(message);
        }}
      />
    </>
  );
  return { open: setTarget, view };
}
