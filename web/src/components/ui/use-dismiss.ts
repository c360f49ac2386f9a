"use client";

import { useEffect, type RefObject } from "react";

/**
 * How a header disclosure (the bell, the phone menu) closes while open: Escape closes it and gives
 * focus back to its button; a press outside `root` closes it and leaves focus where it went.
 */
export function useDismiss(
  isOpen: boolean,
  close: () => void,
  refs: { root: RefObject<HTMLElement | null>; button: RefObject<HTMLElement | null> },
): void {
  const { root, button } = refs;
  useEffect(() => {
    if (!isOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      close();
      button.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (!root.current?.contains(event.target as Node)) close();
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [isOpen, close, root, button]);
}
