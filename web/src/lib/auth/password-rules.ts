/** Our own auth's password bounds (Better Auth enforces them; the sign-up form checks them first). */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
