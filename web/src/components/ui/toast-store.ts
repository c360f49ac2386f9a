/**
 * A tiny store of the toasts on screen, outside React so that any code (a socket handler, a
 * mutation callback) can raise one with `showToast(...)`. `<Toaster />` renders them.
 */
export interface ToastInput {
  title: string;
  description?: string | null;
  /** Where "Open" leads (a conversation, an order). */
  href?: string | null;
  linkLabel?: string;
  tone?: "info" | "success" | "error";
}

export interface Toast extends ToastInput {
  id: number;
}

/** Older toasts make room: a burst of events never covers the page. */
export const MAX_TOASTS = 4;

const NONE: readonly Toast[] = [];
let toasts = NONE;
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: readonly Toast[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

export function showToast(input: ToastInput): number {
  const toast = { ...input, id: nextId++ };
  emit([...toasts, toast].slice(-MAX_TOASTS));
  return toast.id;
}

export function dismissToast(id: number): void {
  emit(toasts.filter((toast) => toast.id !== id));
}

export const toastStore = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  getSnapshot: (): readonly Toast[] => toasts,
  getServerSnapshot: (): readonly Toast[] => NONE,
};
