import type { Metadata } from "next";
import { z } from "zod";
import { oauthErrorMessage } from "@/lib/auth/oauth-messages";
import { oauthProviders } from "@/lib/env";
import { localPath } from "@/lib/schemas/callback-url";
import { SignInForm } from "./signin-form";

export const metadata: Metadata = { title: "Sign in" };

const search = z.object({
  callbackUrl: localPath,
  error: z.string().optional().catch(undefined),
  reset: z.literal("1").optional().catch(undefined),
  provider: z.string().optional().catch(undefined),
});

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl, error, reset, provider } = search.parse(await searchParams);
  const providers = oauthProviders();
  return (
    <>
      <h1 className="mb-6 text-xl font-semibold">Sign in to Pingpage</h1>
      <SignInForm
        callbackUrl={callbackUrl}
        oauth={{ github: !!providers.github, google: !!providers.google, oidc: providers.oidc?.name ?? null }}
        initialError={error ? oauthErrorMessage(error, provider) : undefined}
        notice={reset ? "Your password is changed and every device is signed out. Sign in with the new password." : undefined}
      />
    </>
  );
}
