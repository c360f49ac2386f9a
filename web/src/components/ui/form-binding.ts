import {
  get,
  type FieldValues,
  type Path,
  type UseFormReturn,
  type UseFormSetError,
} from "react-hook-form";

import type { SplitErrors } from "@/lib/api/errors";

/** What a TextField needs from its form: the field's registration and its current error. */
export function fieldProps<Values extends FieldValues>(
  form: UseFormReturn<Values>,
  name: Path<Values>,
) {
  const error: { message?: string } | undefined = get(form.formState.errors, name);
  return { ...form.register(name), error: error?.message };
}

/**
 * An API refusal on a form: each issue goes next to the field it names; what is left is the
 * form-level message (null when every issue found its field). The first field refused takes the
 * focus (unless told otherwise): the busy submit button had it, and a disabled button drops it.
 */
export function placeApiErrors<Values extends FieldValues, Field extends Path<Values>>(
  { fieldErrors, formError }: SplitErrors<Field>,
  fields: readonly Field[],
  setError: UseFormSetError<Values>,
  options: { shouldFocus: boolean } = { shouldFocus: true },
): string | null {
  let focused = false;
  for (const field of fields) {
    const message = fieldErrors[field];
    if (!message) continue;
    setError(field, { message }, { shouldFocus: options.shouldFocus && !focused });
    focused = true;
  }
  return formError;
}
