"use client";

import { useState, type FormEvent } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { translator } from "@/lib/i18n/translate";
import { subscribeErrorCodes, type SubscribeError } from "@/lib/status-page/subscribe-errors";
import { ScopePicker, type ScopeComponent } from "./subscribe-scope";

type Channel = "email" | "webhook" | "slack";
type Props = { basePath: string; locale: Locale; channels: string[] | undefined; components: ScopeComponent[]; feeds: boolean };
type Result = { ok: true; channel: Channel } | (SubscribeError & { ok?: false });

const input =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-sky-600 aria-[invalid=true]:ring-red-600 dark:bg-slate-950 dark:text-slate-100 dark:ring-slate-700";

/**
 * The Subscribe control of a public page. The page is cached HTML shared by every visitor, so this
 * posts to /s/<slug>/subscribe from the browser and shows the answer in the page's language.
 */
export function SubscribeControl({ basePath, locale, channels, components, feeds }: Props) {
  const t = translator(locale);
  const offered = (["email", "webhook", "slack"] as const).filter((c) => (channels ?? []).includes(c));
  const [channel, setChannel] = useState<Channel | "feed">(offered[0] ?? "feed");
  const [result, setResult] = useState<Result | null>(null);
  const [pending, setPending] = useState(false);
  if (offered.length === 0 && !feeds) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const some = form.get("scope") === "some";
    const componentIds = some ? form.getAll("componentIds").map(String) : [];
    const groupNames = some ? form.getAll("groupNames").map(String) : [];
    if (some && componentIds.length === 0 && groupNames.length === 0) return setResult({ error: "invalid_component", field: "componentIds" });
    const target = channel === "email" ? { email: String(form.get("email") ?? "") } : { url: String(form.get("url") ?? "") };
    setPending(true);
    try {
      const response = await fetch(`${basePath}/subscribe`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ channel, ...target, componentIds, groupNames, website: String(form.get("website") ?? "") }),
      });
      const answer = (await response.json().catch(() => ({ error: "failed" }))) as Result;
      setResult(answer);
    } catch {
      setResult({ error: "failed" });
    } finally {
      setPending(false);
    }
  }

  const error = result && !result.ok ? result : null;
  const errorText = error
    ? (error.field === "componentIds" && error.error === "invalid_component" ? t("subscribe.error.pick_component") : "") ||
      t(`subscribe.error.${subscribeErrorCodes.includes(error.error) ? error.error : "failed"}` as MessageKey, { detail: error.detail ?? "" })
    : null;
  const tabs: (Channel | "feed")[] = [...offered, ...(feeds ? (["feed"] as const) : [])];

  return (
    <section aria-labelledby="subscribe-title" className="rounded-lg bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <h2 id="subscribe-title" className="text-lg font-semibold">
        {t("subscribe.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("subscribe.intro")}</p>
      <fieldset className="mt-4 flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">{t("subscribe.how")}</legend>
        {tabs.map((tab) => (
          <label key={tab} className="flex items-center gap-1.5">
            <input type="radio" name="subscribe-channel" value={tab} checked={channel === tab} onChange={() => (setChannel(tab), setResult(null))} />
            {t(`subscribe.${tab}`)}
          </label>
        ))}
      </fieldset>
      {channel === "feed" ? (
        <p className="mt-4 text-sm">
          {t("subscribe.feedHint")}{" "}
          <a className="underline" href={`${basePath}/history.rss`}>RSS</a> · <a className="underline" href={`${basePath}/history.atom`}>Atom</a>
        </p>
      ) : result?.ok ? (
        <p role="status" className="mt-4 text-sm text-emerald-700 dark:text-emerald-400">
          {t(`subscribe.done.${result.channel}`)}
        </p>
      ) : (
        <form onSubmit={submit} noValidate className="mt-4 space-y-4">
          <div className="space-y-1.5">
            <label htmlFor="subscribe-target" className="block text-sm font-medium">
              {t(channel === "email" ? "subscribe.emailLabel" : channel === "webhook" ? "subscribe.webhookLabel" : "subscribe.slackLabel")}
            </label>
            <input
              key={channel}
              id="subscribe-target"
              name={channel === "email" ? "email" : "url"}
              type={channel === "email" ? "email" : "url"}
              autoComplete={channel === "email" ? "email" : "off"}
              required
              aria-invalid={error && (error.field === "email" || error.field === "url") ? true : undefined}
              aria-describedby="subscribe-hint"
              className={input}
            />
            {channel !== "email" ? (
              <p id="subscribe-hint" className="text-xs text-slate-600 dark:text-slate-400">
                {t(channel === "webhook" ? "subscribe.webhookHint" : "subscribe.slackHint")}
              </p>
            ) : null}
          </div>
          {/* The honeypot: off-screen and skipped by keyboard and screen readers; only bots fill it. */}
          <div aria-hidden="true" style={{ position: "absolute", left: "-10000px", width: 1, height: 1, overflow: "hidden" }}>
            <label>
              {t("subscribe.honeypot")}
              <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
            </label>
          </div>
          {components.length > 0 ? <ScopePicker components={components} t={t} /> : null}
          {errorText ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {errorText}
            </p>
          ) : null}
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-slate-900 px-3.5 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
          >
            {pending ? t("subscribe.sending") : t("subscribe.submit")}
          </button>
        </form>
      )}
    </section>
  );
}
