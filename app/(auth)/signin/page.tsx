import type { Metadata } from "next";
import { z } from "zod";
import { oauthProviders } from "@/lib/env";
import { localPath } from "@/lib/schemas/callback-url";
import { SignInForm } from "./signin-form";

export const metadata: Metadata = { title: "Sign in" };

const search = z.object({
  callbackUrl: localPath,
  error: z.string().optional().catch(undefined),
  reset: z.literal("1").optional().catch(undefined),
});

const OAUTH_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "That email is already linked to another sign-in method.",
  AccessDenied: "Sign-in was cancelled or denied.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl, error, reset } = search.parse(await searchParams);
  const providers = oauthProviders();
  return (
    <>
      <h1 className="mb-6 text-xl font-semibold">Sign in to Pingpage</h1>
      <SignInForm
        callbackUrl={callbackUrl}
        oauth={{ github: !!providers.github, google: !!providers.google }}
        initialError={error ? (OAUTH_ERRORS[error] ?? "Sign-in failed. Please try again.") : undefined}
        notice={reset ? "Your password is changed and every device is signed out. Sign in with the new password." : undefined}
      />
    </>
  );
}
