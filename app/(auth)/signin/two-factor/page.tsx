import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { SignOutButton } from "@/components/dashboard/sign-out-button";
import { currentSession } from "@/lib/auth/context";
import { localPath } from "@/lib/schemas/callback-url";
import { TwoFactorForm } from "./two-factor-form";

export const metadata: Metadata = { title: "Two-factor authentication" };

const search = z.object({ callbackUrl: localPath });

/** The second step of sign-in; also the pass-through after every password sign-in. */
export default async function TwoFactorChallengePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = search.parse(await searchParams);
  const state = await currentSession();
  if (state.status === "signed_out") redirect("/signin");
  if (state.status === "active") redirect(callbackUrl);
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Two-factor authentication</h1>
      <p className="mb-6 text-sm text-slate-600">Enter the code from your authenticator app to finish signing in.</p>
      <TwoFactorForm callbackUrl={callbackUrl} />
      <div className="mt-4 text-center">
        <SignOutButton />
      </div>
    </>
  );
}
