import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";

/** A dialog's footer: Cancel on the left of the main action, stacked full-width on a phone. */
export function DialogActions({
  onCancel,
  isBusy,
  children,
}: {
  onCancel: () => void;
  isBusy: boolean;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col-reverse gap-3 pt-2 sm:flex-row sm:justify-end">
      <Button variant="secondary" onClick={onCancel} disabled={isBusy}>
        Cancel
      </Button>
      {children}
    </div>
  );
}
