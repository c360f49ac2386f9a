"use client";

import { Button, type ButtonProps } from "./button";
import { useIsHydrated } from "./use-is-hydrated";

/**
 * A form's submit button that stays disabled until React has hydrated: a form sent before that
 * would bypass validation and (as a native GET) put the typed password in the URL.
 */
export function SubmitButton({ disabled, ...props }: Omit<ButtonProps, "type">) {
  const isHydrated = useIsHydrated();
  return <Button type="submit" disabled={!isHydrated || Boolean(disabled)} {...props} />;
}
