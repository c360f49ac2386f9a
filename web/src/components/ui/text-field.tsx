import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
} from "react";

const CONTROL_CLASSES =
  "block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400 disabled:bg-slate-100 sm:text-sm";

interface FieldFrameProps {
  label: string;
  hint?: string;
  error?: string;
}

function describedBy(hintId: string | undefined, errorId: string | undefined): string | undefined {
  return [hintId, errorId].filter(Boolean).join(" ") || undefined;
}

function FieldMessages({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: string;
  hintId: string;
  error?: string;
  errorId: string;
}) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** The ids a control needs so its label, hint and error are tied to it for screen readers. */
interface ControlWiring {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  borderClass: string;
}

/** The label above a control and its hint and error below, all tied to it by id. */
function FieldFrame({
  label,
  hint,
  error,
  id,
  children,
}: FieldFrameProps & { id: string | undefined; children: (wiring: ControlWiring) => ReactNode }) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div className="space-y-1.5">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({
        id: inputId,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(hint ? hintId : undefined, error ? errorId : undefined),
        borderClass: error ? "border-red-500" : "border-slate-300",
      })}
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

export interface TextFieldProps extends FieldFrameProps, InputHTMLAttributes<HTMLInputElement> {
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField({
  label,
  hint,
  error,
  id,
  className = "",
  ...inputProps
}: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id}>
      {({ borderClass, ...wiring }) => (
        <input
          {...wiring}
          className={`${CONTROL_CLASSES} ${borderClass} ${className}`}
          {...inputProps}
        />
      )}
    </FieldFrame>
  );
}

export interface TextAreaFieldProps
  extends FieldFrameProps, TextareaHTMLAttributes<HTMLTextAreaElement> {
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({
  label,
  hint,
  error,
  id,
  className = "",
  ...textareaProps
}: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id}>
      {({ borderClass, ...wiring }) => (
        <textarea
          {...wiring}
          className={`${CONTROL_CLASSES} min-h-28 ${borderClass} ${className}`}
          {...textareaProps}
        />
      )}
    </FieldFrame>
  );
}
