import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { HistoryView } from "@/components/status-page/history-view";
import { IncidentCard } from "@/components/status-page/incident-card";
import { PageShell } from "@/components/status-page/page-shell";
import { StatusPageView } from "@/components/status-page/status-page-view";
import { UnlockForm } from "@/components/status-page/unlock-form";
import { slug as slugSchema } from "@/lib/schemas/page";
import { cachedIncidentDetail, cachedIncidentMonth, cachedPageIdBySlug, cachedSnapshot } from "@/lib/services/status-page/cached";
import type { PublicPage } from "@/lib/status-page/types";
import { localDate } from "@/lib/status-page/zoned";
import { unlockPageAction } from "./actions";

/**
 * The views behind /s/<slug>, shared by the cached public routes (unlocked = false) and the
 * per-request route that a visitor with an unlock cookie is sent to (app/s/[slug]/private).
 */
export async function loadSnapshot(rawSlug: string) {
  const slug = slugSchema.safeParse(rawSlug);
  const pageId = slug.success ? await cachedPageIdBySlug(slug.data) : null;
  const snapshot = pageId ? await cachedSnapshot(pageId) : null;
  if (!snapshot) notFound();
  return snapshot;
}

export const basePathOf = (page: PublicPage) => `/s/${page.slug}`;

function Locked({ page }: { page: PublicPage }) {
  return (
    <PageShell page={page} basePath={basePathOf(page)} refresh={false}>
      <UnlockForm action={unlockPageAction.bind(null, page.slug)} />
    </PageShell>
  );
}

export async function MainView({ slug, unlocked }: { slug: string; unlocked: boolean }) {
  const snapshot = await loadSnapshot(slug);
  if (snapshot.page.passwordFingerprint && !unlocked) return <Locked page={snapshot.page} />;
  return <StatusPageView snapshot={snapshot} basePath={basePathOf(snapshot.page)} />;
}

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export async function HistoryMonthView({ slug, month, unlocked }: { slug: string; month?: string; unlocked: boolean }) {
  const { page } = await loadSnapshot(slug);
  if (page.passwordFingerprint && !unlocked) return <Locked page={page} />;
  const currentMonth = localDate(new Date(), page.timeZone).slice(0, 7);
  const wanted = month === undefined ? currentMonth : monthSchema.safeParse(month).data;
  if (!wanted || wanted > currentMonth) notFound();
  const history = await cachedIncidentMonth(page.id, wanted);
  if (!history) notFound();
  return <HistoryView page={page} month={wanted} currentMonth={currentMonth} incidents={history.incidents} basePath={basePathOf(page)} />;
}

export async function IncidentView({ slug, incidentId, unlocked }: { slug: string; incidentId: string; unlocked: boolean }) {
  const { page } = await loadSnapshot(slug);
  if (page.passwordFingerprint && !unlocked) return <Locked page={page} />;
  const id = z.string().uuid().safeParse(incidentId);
  const detail = id.success ? await cachedIncidentDetail(page.id, id.data) : null;
  if (!detail) notFound();
  return (
    <PageShell page={page} basePath={basePathOf(page)}>
      <Link href={basePathOf(page)} className="text-sm font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
        ← Current status
      </Link>
      <h2 className="text-2xl font-semibold">Incident report</h2>
      <IncidentCard incident={detail.incident} basePath={basePathOf(page)} timeZone={page.timeZone} />
    </PageShell>
  );
}

export async function pageMetadata(slug: string, title?: string): Promise<Metadata> {
  const { page } = await loadSnapshot(slug);
  return {
    title: { absolute: title ? `${title} · ${page.name} status` : `${page.name} status` },
    // A protected page's cached HTML is its password form: say nothing more about it there.
    description: page.passwordFingerprint ? undefined : (page.description ?? `Current status of ${page.name}`),
    icons: page.faviconUrl ? [{ url: page.faviconUrl }] : undefined,
    // Feeds of a protected page answer 401: no alternate links to them.
    alternates: page.passwordFingerprint
      ? undefined
      : { types: { "application/rss+xml": `${basePathOf(page)}/history.rss`, "application/atom+xml": `${basePathOf(page)}/history.atom` } },
  };
}
