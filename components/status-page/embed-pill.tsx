import type { PublicText } from "@/lib/i18n/public-text";
import type { PageSnapshot } from "@/lib/status-page/types";
import { themeScript } from "./theme-script";
import { stateDot } from "./tone";

/**
 * The iframe embed (/s/<slug>/embed): the page's name and overall state in one line, linking to
 * the page in a new tab. A protected page shows no state, only the link.
 */
export function EmbedPill({ snapshot, pageUrl, text }: { snapshot: PageSnapshot; pageUrl: string; text: PublicText }) {
  const { page, overall } = snapshot;
  const { t } = text;
  const locked = page.passwordFingerprint !== null;
  const empty = snapshot.components.length === 0 && snapshot.activeIncidents.length === 0;
  const label = locked ? t("embed.viewStatus", { name: page.name }) : empty ? t("overall.none") : t(`overall.${overall.state}`);
  return (
    <div data-theme={page.theme === "dark" ? "dark" : "light"} lang={text.locale} className="status-page flex min-h-screen items-center bg-transparent p-1">
      <script dangerouslySetInnerHTML={{ __html: themeScript(page.theme) }} />
      <style>{"html,body{background:transparent!important}"}</style>
      <a
        href={pageUrl}
        target="_blank"
        rel="noopener"
        title={t("embed.viewStatus", { name: page.name })}
        className="inline-flex max-w-full items-center gap-2 rounded-full bg-white px-3 py-1 text-sm font-medium text-slate-900 ring-1 ring-slate-300 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700 dark:hover:bg-slate-800"
      >
        {locked ? null : <span aria-hidden="true" className={`h-2.5 w-2.5 shrink-0 rounded-full ${stateDot[overall.state]}`} />}
        <span className="truncate">
          {locked ? label : `${page.name}: ${label}`}
        </span>
      </a>
    </div>
  );
}
