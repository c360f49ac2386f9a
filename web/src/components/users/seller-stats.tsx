import type { PublicUser } from "@/lib/api/types";
import { sellerStatLines } from "@/lib/users/seller-stats";

/** A seller's track record as a compact list of label and value. */
export function SellerStats({ user, className = "" }: { user: PublicUser; className?: string }) {
  return (
    <dl className={`grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3 ${className}`}>
      {sellerStatLines(user).map((line) => (
        <div key={line.label}>
          <dt className="text-slate-500">{line.label}</dt>
          <dd className="font-semibold text-slate-900">{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}
