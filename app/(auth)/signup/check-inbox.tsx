import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** What every valid sign-up sees, whether the address was new or already had an account. */
export function CheckInbox({ email, verificationLink, callbackUrl }: { email: string; verificationLink: string | null; callbackUrl: string }) {
  return (
    <div className="space-y-4" role="status">
      <h2 className="text-lg font-semibold">Check your inbox at {email}</h2>
      <p className="text-sm text-slate-600">We sent you a link. Open it to verify your address and sign in. It works once, within 7 days.</p>
      {verificationLink ? (
        <div className="space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          <p>No mail server is configured yet; your link is also in the instance outbox.</p>
          <a href={new URL(verificationLink).pathname} className={buttonClass("primary", "w-full")}>
            Verify my e-mail address
          </a>
        </div>
      ) : null}
      <p className="text-center text-sm text-slate-600">
        Nothing arrived?{" "}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand-600 hover:underline">
          Sign in
        </Link>{" "}
        to send another link.
      </p>
    </div>
  );
}
