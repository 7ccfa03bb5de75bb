/**
 * What the launcher tells next-auth about where the app lives, and the address it prints.
 * With a configured NEXTAUTH_URL, that is the one address that works (cookies are host-bound).
 * Without one, next-auth follows the Host the browser used (AUTH_TRUST_HOST), so signing in
 * works at localhost and 127.0.0.1 alike; e-mail links still use appUrl().
 */
export function authOriginEnv(nextauthUrl: string | undefined, port: number): { env: Record<string, string>; openAt: string } {
  if (nextauthUrl) return { env: { NEXTAUTH_URL: nextauthUrl }, openAt: nextauthUrl.replace(/\/$/, "") };
  return { env: { AUTH_TRUST_HOST: "true" }, openAt: `http://localhost:${port}` };
}
