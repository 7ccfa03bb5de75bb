"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";

type Props = { callbackUrl: string; oauth: { github: boolean; google: boolean; oidc: string | null }; initialError?: string; notice?: string };

const noSubscription = () => () => undefined;

export function SignInForm({ callbackUrl: destination, oauth, initialError, notice }: Props) {
  // Every sign-in passes the second-factor step, which forwards at once when the account has none.
  const callbackUrl = `/signin/two-factor?callbackUrl=${encodeURIComponent(destination)}`;
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);
  // Until React handles the submit, a click would post the form natively, which signs nobody in.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) window.location.assign(callbackUrl);
    else setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Wrong email or password.");
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} method="post" className="space-y-4" noValidate>
        <FormMessage message={error} />
        {notice && !error ? (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
            {notice}
          </p>
        ) : null}
        <Field label="Email" name="email">
          <TextInput name="email" type="email" autoComplete="email" required />
        </Field>
        <Field label="Password" name="password">
          <TextInput name="password" type="password" autoComplete="current-password" required />
        </Field>
        <p className="text-right text-sm">
          <Link href="/forgot-password" className="text-brand-600 hover:underline">
            Forgot password?
          </Link>
        </p>
        <Button type="submit" className="w-full" disabled={pending || !hydrated}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {oauth.github || oauth.google || oauth.oidc ? (
        <div className="space-y-2 border-t border-slate-200 pt-4">
          {oauth.github ? (
            <Button variant="secondary" className="w-full" onClick={() => void signIn("github", { callbackUrl })}>
              Continue with GitHub
            </Button>
          ) : null}
          {oauth.google ? (
            <Button variant="secondary" className="w-full" onClick={() => void signIn("google", { callbackUrl })}>
              Continue with Google
            </Button>
          ) : null}
          {oauth.oidc ? (
            <Button variant="secondary" className="w-full" onClick={() => void signIn("oidc", { callbackUrl })}>
              Continue with {oauth.oidc}
            </Button>
          ) : null}
        </div>
      ) : null}
      <p className="text-center text-sm text-slate-600">
        New to Pingpage?{" "}
        <Link href="/signup" className="font-medium text-brand-600 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
