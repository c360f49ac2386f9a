import { TextField, type TextFieldProps } from "@/components/ui/text-field";

/** The email box every auth form starts with; the form binds it (`fieldProps(form, "email")`). */
export function EmailField(props: Omit<TextFieldProps, "label">) {
  return <TextField label="Email" type="email" autoComplete="email" inputMode="email" {...props} />;
}
