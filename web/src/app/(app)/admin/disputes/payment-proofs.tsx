import { useId } from "react";

import { FileChipList } from "@/components/files/file-chip";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import type { PaymentProof } from "@/lib/api/types";
import { formatPrice } from "@/lib/gigs/format";

function ProofStatus({ proof }: { proof: PaymentProof }) {
  if (proof.verified) return <Badge tone="success">Confirmed</Badge>;
  if (proof.rejected_at) return <Badge tone="danger">Rejected</Badge>;
  return <Badge tone="attention">Awaiting confirmation</Badge>;
}

/**
 * What the client says they paid, oldest first: the first thing to check when the work is disputed
 * (a rejected proof and the one that followed it tell most of the story).
 */
export function PaymentProofs({ proofs }: { proofs: readonly PaymentProof[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-800">
        Payment proofs
      </h3>
      {proofs.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">The client has not submitted a payment proof.</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
          {proofs.map((proof) => (
            <li key={proof.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
              <span className="text-slate-700">
                <bdi className="font-medium text-slate-900">{proof.payer_name}</bdi> sent{" "}
                <span className="tabular-nums">{formatPrice(proof.amount)}</span> with reference{" "}
                <bdi className="font-mono text-xs break-all">{proof.proof_reference}</bdi>,{" "}
                <DateTime iso={proof.submitted_at} className="text-slate-500" />
              </span>{" "}
              <ProofStatus proof={proof} />
              <FileChipList
                files={proof.files}
                label={`Receipt for ${proof.proof_reference}`}
                className="w-full"
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
