"use client";

import { useEffect, useState } from "react";

import { estimatePasswordStrength, type PasswordStrength } from "@/lib/auth/password-strength";

/** A pause in typing before estimating: a long random password takes zxcvbn a few hundred ms. */
const SETTLE_MS = 250;

interface Estimate {
  password: string;
  strength: PasswordStrength;
}

/**
 * The strength of `password` once typing pauses; null while it is empty or being estimated.
 * (A form field is undefined until the person first types in it.)
 */
export function usePasswordStrength(
  password: string | undefined,
  context: (string | undefined)[],
): PasswordStrength | null {
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const contextKey = context.filter(Boolean).join("\n");

  useEffect(() => {
    if (!password) return;
    let current = true;
    const timer = setTimeout(() => {
      void estimatePasswordStrength(password, contextKey.split("\n")).then((strength) => {
        if (current) setEstimate({ password, strength });
      });
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, contextKey]);

  return password && estimate?.password === password ? estimate.strength : null;
}
