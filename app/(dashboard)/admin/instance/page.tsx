import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/lib/env";
import { readInstanceSettings } from "@/lib/services/instance/settings";
import { requireInstanceAdmin } from "../_require-admin";
import { InstanceSettingsForm } from "./instance-settings-form";

export const metadata: Metadata = { title: "Instance settings" };

export default async function InstanceSettingsPage() {
  const ctx = await requireInstanceAdmin();
  const settings = await readInstanceSettings(ctx);
  const envQuotas = {
    checks: env.QUOTA_CHECKS,
    minIntervalSeconds: env.QUOTA_MIN_INTERVAL_SECONDS,
    pages: env.QUOTA_PAGES,
    members: env.QUOTA_MEMBERS,
    regionsPerCheck: env.QUOTA_REGIONS_PER_CHECK,
  };
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Instance settings</h1>
        <p className="text-sm text-slate-600">
          For the whole instance, not one workspace. Mail delivery is under <Link href="/admin/mail" className="underline">Mail</Link>, and
          messages waiting to be sent are in the <Link href="/admin/outbox" className="underline">outbox</Link>.
        </p>
      </div>
      <InstanceSettingsForm settings={settings} envQuotas={envQuotas} />
    </div>
  );
}
