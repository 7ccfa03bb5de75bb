import type { Metadata } from "next";
import { AutoRefresh } from "@/components/auto-refresh";
import { ActionButton } from "@/components/ui/action-button";
import { NeedsRole } from "@/components/ui/needs-role";
import { txtName, txtValue } from "@/lib/domains/dns-check";
import { cnameTarget, env } from "@/lib/env";
import { pageHostOf } from "@/lib/routing/page-host";
import { timeAgo } from "@/lib/format";
import { hasRole } from "@/lib/services/context";
import { listDomains } from "@/lib/services/domains/manage";
import { loadOwnedPage } from "../_load";
import { addDomainAction, checkDomainAction, removeDomainAction } from "./actions";
import { AddDomainForm } from "./add-domain-form";

export const metadata: Metadata = { title: "Custom domains" };

export default async function DomainsPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx, page } = await loadOwnedPage((await params).id);
  const domains = await listDomains(ctx, page.id);
  const target = cnameTarget();
  const admin = hasRole(ctx, "admin");
  const pageHost = pageHostOf(page.slug, env.PINGPAGE_PAGES_DOMAIN);
  return (
    <div className="space-y-6">
      <AutoRefresh seconds={10} />
      <div>
        <h2 className="text-lg font-semibold">Custom domains</h2>
        <p className="text-sm text-slate-600">Serve this page at the root of your own domain, with HTTPS. Add the DNS records shown for each domain; we check them every few minutes. A domain not verified within 7 days is removed, and the first page to verify a domain takes it from any other page claiming it.</p>
      </div>
      {pageHost ? (
        <p className="text-sm text-slate-600">
          Always served at <a className="font-medium text-sky-800 underline-offset-2 hover:underline" href={`https://${pageHost}`}>{pageHost}</a>, with no setup.
        </p>
      ) : null}
      {admin ? <AddDomainForm action={addDomainAction.bind(null, page.id)} /> : <NeedsRole role="admin" what="Adding, checking or removing a domain" />}
      <ul className="space-y-4">
        {domains.map((domain) => (
          <li key={domain.id} className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <div>
                <p className="font-medium">{domain.hostname}</p>
                <p className="text-xs text-slate-500" role="status">
                  {domain.verifiedAt ? "Verified: serving this page" : "Not verified yet"}
                  {!domain.verifiedAt && domain.claimExpiresAt ? ` · removed on ${domain.claimExpiresAt.toISOString().slice(0, 10)} unless verified` : null}
                  {domain.lastCheckedAt ? ` · checked ${timeAgo(domain.lastCheckedAt)}` : " · waiting for the first check"}
                </p>
              </div>
              {admin ? (
                <div className="flex gap-2">
                  <ActionButton action={checkDomainAction.bind(null, page.id, domain.id)}>Check now</ActionButton>
                  <ActionButton variant="ghost" action={removeDomainAction.bind(null, page.id, domain.id)} label={`Remove ${domain.hostname}`}>
                    Remove
                  </ActionButton>
                </div>
              ) : null}
            </div>
            {domain.lastError ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">{domain.lastError}</p> : null}
            <table className="w-full text-left text-sm">
              <caption className="sr-only">DNS records for {domain.hostname}</caption>
              <thead className="text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="py-1 pr-4">Type</th>
                  <th scope="col" className="py-1 pr-4">Name</th>
                  <th scope="col" className="py-1">Value</th>
                </tr>
              </thead>
              <tbody className="font-mono text-xs">
                {target ? (
                  <tr>
                    <td className="py-1 pr-4">CNAME</td>
                    <td className="break-all py-1 pr-4">{domain.hostname}</td>
                    <td className="break-all py-1">{target}</td>
                  </tr>
                ) : null}
                <tr>
                  <td className="py-1 pr-4">TXT</td>
                  <td className="break-all py-1 pr-4">{txtName(domain.hostname)}</td>
                  <td className="break-all py-1">{txtValue(domain.verificationToken)}</td>
                </tr>
              </tbody>
            </table>
            {!target ? <p className="text-xs text-slate-500">Set PINGPAGE_CNAME_TARGET (or a public NEXTAUTH_URL) to see the CNAME record to create.</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
