import type { ReactNode } from "react";

import { SettingsNav } from "./settings-nav";

/** Every settings page: the same width and the tabs between them. */
export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="max-w-2xl">
      <SettingsNav />
      {children}
    </div>
  );
}
