// The access token the web app mints (DESIGN §3: HS256, `sub` = the user's id), for checks and benches that
// call the API as a signed-in user without signing in through the web app.
import crypto from "node:crypto";

export function accessToken(user: { id: string; email: string }, secret: string, lifetimeSeconds = 1800): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");
  const iat = Math.floor(Date.now() / 1000);
  const claims = { sub: user.id, email: user.email, role: "user", is_admin: false, iat, exp: iat + lifetimeSeconds };
  const body = `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}`;
  return `${body}.${crypto.createHmac("sha256", secret).update(body).digest("base64url")}`;
}
