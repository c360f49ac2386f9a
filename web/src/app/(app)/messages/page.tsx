import type { Metadata } from "next";

export const metadata: Metadata = { title: "Messages" };

/** The inbox is in the layout; beside it, until a conversation is chosen (wide screens only). */
export default function MessagesPage() {
  return (
    <div className="grid flex-1 place-items-center p-8 text-center text-sm text-slate-600">
      <p>Choose a conversation to read and reply.</p>
    </div>
  );
}
