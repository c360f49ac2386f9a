// Reads the access token the way FastAPI does: HS256 over JWT_SECRET, signature checked before the payload is trusted.
import crypto from "node:crypto";

export type JwtPayload = Record<string, unknown>;

function decodePart(part: string): JwtPayload {
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as JwtPayload;
}

export function verifyHs256(token: string, secret: string): { header: JwtPayload; payload: JwtPayload } {
  const [header, payload, signature, ...rest] = token.split(".");
  if (header === undefined || payload === undefined || signature === undefined || rest.length > 0) {
    throw new Error("not a JWT: expected three dot-separated parts");
  }
  const expected = crypto.createHmac("sha256", secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    throw new Error("JWT signature does not verify with JWT_SECRET");
  }
  return { header: decodePart(header), payload: decodePart(payload) };
}
