import type { Metadata } from "next";
import { CopyButton } from "@/components/ui/copy-button";
import { appUrl } from "@/lib/accounts/app-url";
import { loadOwnedPage } from "../_load";

export const metadata: Metadata = { title: "Embed" };

function Snippet({ title, hint, code, preview }: { title: string; hint: string; code: string; preview?: React.ReactNode }) {
  return (
    <section className="space-y-2 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-medium">{title}</h3>
        <CopyButton text={code} label={title} />
      </div>
      <p className="text-sm text-slate-600">{hint}</p>
      <pre className="overflow-x-auto rounded-md bg-slate-100 p-3 text-xs text-slate-900">
        <code>{code}</code>
      </pre>
      {preview ? <div className="pt-1">{preview}</div> : null}
    </section>
  );
}

/** Snippets for putting the page's state on another site: the widget, the iframe and the SVG badges. */
export default async function EmbedPage({ params }: { params: Promise<{ id: string }> }) {
  const { page } = await loadOwnedPage((await params).id);
  const path = `/s/${page.slug}`;
  const base = `${appUrl()}${path}`;
  const widget = `<script src="${base}/widget.js" async></script>`;
  const iframe = `<iframe src="${base}/embed" title="${page.name.replace(/"/g, "&quot;")} status" width="320" height="44" style="border:0" loading="lazy"></iframe>`;
  const badge = (url: string, alt: string) => `[![${alt.replace(/[[\]]/g, "")}](${url})](${base})`;
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-lg font-semibold">Embed</h2>
        <p className="text-sm text-slate-600">
          Show this page&apos;s state on your own site, README or dashboard. Each links to the page and follows its state within a minute.
          {page.passwordHash ? " This page is password protected: the badges and the widget show nothing until it is public, and the iframe only links to it." : null}
        </p>
      </div>
      <Snippet title="Status widget" hint="A small pill with the current state, in your page's markup where the tag is. No dependencies; it does not inherit or change your CSS." code={widget} />
      <Snippet
        title="Iframe"
        hint="The same pill in a frame, for sites that do not allow foreign scripts. It speaks the visitor's language."
        code={iframe}
        preview={<iframe src={`${path}/embed`} title={`${page.name} status (preview)`} width={320} height={44} className="border-0" loading="lazy" />}
      />
      <Snippet
        title="Page badge"
        hint={`Markdown for a README; the image alone is ${base}/badge.svg (add ?label=… to change its label).`}
        code={badge(`${base}/badge.svg`, `${page.name} status`)}
        // eslint-disable-next-line @next/next/no-img-element -- an SVG answered by our own route
        preview={<img src={`${path}/badge.svg`} alt={`${page.name} status badge (preview)`} />}
      />
      {page.components.map((component) => (
        <Snippet
          key={component.id}
          title={`${component.name} badge`}
          hint="One component's state."
          code={badge(`${base}/components/${component.id}/badge.svg`, `${component.name} status`)}
          // eslint-disable-next-line @next/next/no-img-element -- an SVG answered by our own route
          preview={<img src={`${path}/components/${component.id}/badge.svg`} alt={`${component.name} badge (preview)`} />}
        />
      ))}
    </div>
  );
}
