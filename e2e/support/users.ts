import crypto from "node:crypto";

export interface NewUser {
  fullName: string;
  email: string;
  password: string;
}

/** A user no other test (or earlier run against the same database) has signed up. */
export function uniqueUser(): NewUser {
  const id = `${Date.now().toString(36)}-${crypto.randomBytes(4).toString("hex")}`;
  return {
    fullName: `Test User ${id}`,
    email: `e2e-${id}@example.com`,
    password: `pw-${crypto.randomBytes(12).toString("hex")}`,
  };
}
