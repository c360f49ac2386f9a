import { FileChipList } from "@/components/files/file-chip";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import type { OrderDetail, PaymentProof } from "@/lib/api/types";
import { formatPrice } from "@/lib/gigs/format";

/** A proof is verified when the freelancer confirmed it; the newest may still be under review. */
function proofState(order: OrderDetail, proof: PaymentProof, isLatest: boolean) {
  if (proof.verified) return { tone: "success" as BadgeTone, label: "Verified" };
  if (isLatest && order.payment_status === "SUBMITTED") {
    return { tone: "attention" as BadgeTone, label: "Awaiting confirmation" };
  }
  return { tone: "neutral" as BadgeTone, label: "Not accepted" };
}

export function PaymentProofsList({ order }: { order: OrderDetail }) {
  const proofs = order.payment_proofs;
  return (
    <section
      aria-labelledby="proofs-heading"
      className="rounded-xl border border-slate-200 bg-white p-5"
    >
      <h2 id="proofs-heading" className="font-semibold">
        Payment proofs
      </h2>
      {proofs.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No payment proof submitted yet.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {proofs.map((proof, index) => {
            const state = proofState(order, proof, index === proofs.length - 1);
            return (
              <li key={proof.id} className="rounded-lg bg-slate-50 p-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-mono font-semibold break-all">{proof.proof_reference}</span>
                  <Badge tone={state.tone}>{state.label}</Badge>
                </div>
                <p className="mt-1 text-slate-600">
                  {formatPrice(proof.amount)} from {proof.payer_name} ·{" "}
                  <DateTime iso={proof.submitted_at} />
                </p>
                <FileChipList
                  files={proof.files}
                  label={`Receipt for ${proof.proof_reference}`}
                  className="mt-2"
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
