"use client";

import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { ScopePicker, type ScopeComponent } from "./subscribe-scope";

type Props = {
  action: (formData: FormData) => Promise<void>;
  locale: Locale;
  components: ScopeComponent[];
  initial: { componentIds: string[] | null; groupNames: string[] | null };
};

/** The manage page's choice of components, posted to a server action (works without JavaScript once rendered). */
export function ManageScopeForm({ action, locale, components, initial }: Props) {
  const t = translator(locale);
  return (
    <form action={action} className="space-y-3">
      <ScopePicker components={components} t={t} initial={initial} />
      <button type="submit" className="rounded-md bg-slate-900 px-3.5 py-2 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900">
        {t("subscription.save")}
      </button>
    </form>
  );
}
