import { handleAuthRequest } from "@/lib/auth/auth";

// Better Auth's whole HTTP surface: sign-up, sign-in, sign-out and our /token/refresh.
export { handleAuthRequest as GET, handleAuthRequest as POST };
