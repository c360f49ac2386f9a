import Link from "next/link";

/** A conversation link to someone who does not exist (or a mistyped address). */
export default function ConversationNotFound() {
  return (
    <div className="grid flex-1 place-items-center p-8 text-center">
      <div>
        <h2 className="text-xl font-bold tracking-tight">Person not found</h2>
        <p className="mt-2 text-sm text-slate-600">There is nobody to write to at this address.</p>
        <Link
          href="/messages"
          className="mt-6 inline-block font-semibold text-brand-700 hover:underline"
        >
          Back to your conversations
        </Link>
      </div>
    </div>
  );
}
