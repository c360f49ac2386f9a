/**
 * Tells this browser's other tabs that something was marked read here, so their bell and Messages
 * badges refetch instead of showing a count this tab has already cleared. New notifications need
 * no help: every tab's socket receives them.
 */
const CHANNEL = "devmarket-badges";

// One channel per tab for sending and receiving: a channel never hears its own messages, so a tab
// is not told about what it did itself.
let tabChannel: BroadcastChannel | null = null;

function channel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  tabChannel ??= new BroadcastChannel(CHANNEL);
  return tabChannel;
}

export function announceBadgesChanged(): void {
  channel()?.postMessage("read");
}

/** Calls `onChange` when another tab marked something read; returns the unsubscribe. */
export function onBadgesChangedElsewhere(onChange: () => void): () => void {
  const receiver = channel();
  if (!receiver) return () => undefined;
  receiver.addEventListener("message", onChange);
  return () => {
    receiver.removeEventListener("message", onChange);
  };
}
