"use client";

import { useActionState, useEffect } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

type UnlockState = { error?: string; unlocked?: boolean };

/** Asks for a protected page's password; on success the page reloads with its cookie. */
export function UnlockForm({ action, locale }: { action: (state: UnlockState, formData: FormData) => Promise<UnlockState>; locale: Locale }) {
  const [state, formAction, pending] = useActionState(action, {});
  const t = translator(locale);
  useEffect(() => {
    if (state.unlocked) window.location.reload();
  }, [state.unlocked]);
  return (
    <form action={formAction} className="mx-auto max-w-sm space-y-4 rounded-lg bg-white p-6 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <h2 className="text-lg font-semibold">{t("unlock.title")}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("unlock.hint")}</p>
      <div className="space-y-1.5">
        <label htmlFor="page-password" className="block text-sm font-medium">
          {t("unlock.password")}
        </label>
        <input
          id="page-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "page-password-error" : undefined}
          className="block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-sky-600 aria-[invalid=true]:ring-red-600 dark:bg-slate-950 dark:text-slate-100 dark:ring-slate-700"
        />
        {state.error ? (
          <p id="page-password-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
            {state.error}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending || state.unlocked}
        className="w-full rounded-md bg-slate-900 px-3.5 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
      >
        {pending || state.unlocked ? t("unlock.checking") : t("unlock.submit")}
      </button>
    </form>
  );
}
