"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { signUpAction, type SignUpState } from "./actions";
import { CheckInbox } from "./check-inbox";
import { SigningIn } from "./signing-in";

type Props = { callbackUrl: string; invitation?: { token: string; email: string } };

export function SignUpForm({ callbackUrl, invitation }: Props) {
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, {});
  if (state.signInToken) return <SigningIn token={state.signInToken} callbackUrl={callbackUrl} />;
  if (state.sentTo) return <CheckInbox email={state.sentTo} verificationLink={state.verificationLink ?? null} callbackUrl={callbackUrl} />;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      {invitation ? <input type="hidden" name="invitation" value={invitation.token} /> : null}
      <Field label="Name" name="name" errors={errors.name}>
        <TextInput name="name" autoComplete="name" defaultValue={state.values?.name} errors={errors.name} required />
      </Field>
      <Field label="Email" name="email" errors={errors.email}>
        <TextInput name="email" type="email" autoComplete="email" defaultValue={state.values?.email ?? invitation?.email} errors={errors.email} required />
      </Field>
      <Field label="Password" name="password" errors={errors.password} hint="At least 8 characters.">
        <TextInput name="password" type="password" autoComplete="new-password" errors={errors.password} required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand-600 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
