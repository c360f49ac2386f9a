import { getAuth } from "@/lib/auth/auth";

// Better Auth's whole HTTP surface: sign-up, sign-in, sign-out and our /token/refresh.
function handle(request: Request): Promise<Response> {
  return getAuth().handler(request);
}

export { handle as GET, handle as POST };
