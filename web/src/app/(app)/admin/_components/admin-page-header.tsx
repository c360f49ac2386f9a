import type { ReactNode } from "react";

export function AdminPageHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 max-w-3xl text-slate-600">{children}</p>
    </div>
  );
}
