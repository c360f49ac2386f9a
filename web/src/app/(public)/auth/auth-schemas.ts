import { z } from "zod";

/** Client-side rules; they mirror the server's (users.full_name ≤ 100, password 8–128). */
export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your full name.").max(100, "Use at most 100 characters."),
  email: z.string().trim().pipe(z.email("Enter a valid email address.")),
  password: z.string().min(8, "Use at least 8 characters.").max(128, "Use at most 128 characters."),
});

export const signInSchema = z.object({
  email: z.string().trim().pipe(z.email("Enter a valid email address.")),
  password: z.string().min(1, "Enter your password."),
});

export type SignUpValues = z.infer<typeof signUpSchema>;
export type SignInValues = z.infer<typeof signInSchema>;
