import Link from "next/link";
import type { ReactNode } from "react";
import { AutoRefresh } from "@/components/auto-refresh";
import type { PublicText } from "@/lib/i18n/public-text";
import type { PublicPage } from "@/lib/status-page/types";
import { langScript, themeScript } from "./theme-script";
import { ThemeToggle } from "./theme-toggle";

type Props = { page: PublicPage; basePath: string; text: PublicText; children: ReactNode; refresh?: boolean };

/** Header, footer, brand colour, theme and language of every public page view. */
export function PageShell({ page, basePath, text, children, refresh = true }: Props) {
  const { t } = text;
  const initialTheme = page.theme === "dark" ? "dark" : "light";
  return (
    <div
      data-theme={initialTheme}
      lang={text.locale}
      style={page.brandColor ? { "--brand": page.brandColor } as React.CSSProperties : undefined}
      className="status-page min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100"
    >
      <script dangerouslySetInnerHTML={{ __html: themeScript(page.theme) + langScript(text.locale) }} />
      {refresh ? <AutoRefresh seconds={15} /> : null}
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
        {t("shell.skip")}
      </a>
      <div aria-hidden="true" className="h-1 bg-[var(--brand,#1f5ad6)]" />
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-5">
          <Link href={basePath || "/"} className="flex items-center gap-3">
            {page.logoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- owners' logos live on their own hosts
              <img src={page.logoUrl} alt="" className="h-8 w-auto max-w-[10rem] object-contain" />
            ) : null}
            <h1 className="text-xl font-semibold">{page.name}</h1>
          </Link>
          <div className="flex items-center gap-3">
            {page.websiteUrl ? (
              <a href={page.websiteUrl} className="text-sm text-slate-700 underline-offset-2 hover:underline dark:text-slate-300" rel="noreferrer">
                {t("shell.website")} <span aria-hidden="true">↗</span>
              </a>
            ) : null}
            <ThemeToggle label={t("shell.darkTheme")} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl space-y-8 px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        <nav aria-label={t("shell.subscribe")} className="flex flex-wrap gap-4">
          <Link href={`${basePath}/history`} className="underline-offset-2 hover:underline">
            {t("shell.history")}
          </Link>
          {/* Feeds and the API have no unlock cookie to read: on a protected page they would answer 401. */}
          {page.passwordFingerprint ? null : (
            <>
              <a href={`${basePath}/history.rss`} className="underline-offset-2 hover:underline">
                RSS
              </a>
              <a href={`${basePath}/history.atom`} className="underline-offset-2 hover:underline">
                Atom
              </a>
              <a href={`${basePath}/api/v2/summary.json`} className="underline-offset-2 hover:underline">
                {t("shell.api")}
              </a>
            </>
          )}
        </nav>
        <a href="https://github.com/pingpage/pingpage" className="underline-offset-2 hover:underline">
          {t("shell.poweredBy")}
        </a>
      </footer>
    </div>
  );
}
