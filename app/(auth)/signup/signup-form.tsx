"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { signUpAction, type SignUpState } from "./actions";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, {});
  // React resets the form after the action; keep the password to sign in with afterwards.
  const password = useRef("");

  useEffect(() => {
    // The account exists: sign in with the same credentials and land on the dashboard.
    if (state.created && state.values?.email && password.current) {
      void signIn("credentials", { email: state.values.email, password: password.current, callbackUrl });
    }
  }, [state, callbackUrl]);

  const errors = state.fieldErrors ?? {};
  return (
    <form
      action={action}
      onSubmit={(event) => {
        const value = new FormData(event.currentTarget).get("password");
        password.current = typeof value === "string" ? value : "";
      }}
      className="space-y-4"
      noValidate
    >
      <FormMessage message={state.message} />
      <Field label="Name" name="name" errors={errors.name}>
        <TextInput name="name" autoComplete="name" defaultValue={state.values?.name} errors={errors.name} required />
      </Field>
      <Field label="Email" name="email" errors={errors.email}>
        <TextInput name="email" type="email" autoComplete="email" defaultValue={state.values?.email} errors={errors.email} required />
      </Field>
      <Field label="Password" name="password" errors={errors.password} hint="At least 8 characters.">
        <TextInput name="password" type="password" autoComplete="new-password" errors={errors.password} required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending || state.created}>
        {pending || state.created ? "Creating your account…" : "Create account"}
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
