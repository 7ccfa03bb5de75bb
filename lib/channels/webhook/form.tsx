"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import type { ChannelFieldsProps } from "../form-section";
import { SecretField } from "../secret-field";
import { NewSecret } from "./new-secret";

/** Stored headers as the text box shows them: one "Name: value" per line. */
function headerLines(config: Record<string, unknown> | null): string {
  const headers = Array.isArray(config?.headers) ? (config.headers as { name?: unknown; value?: unknown }[]) : [];
  return headers.map((header) => `${String(header.name ?? "")}: ${String(header.value ?? "")}`).join("\n");
}

/** Errors of a list field come keyed by item ("config.headers.0.name"): shown under the one box. */
function errorsUnder(fieldErrors: ChannelFieldsProps["fieldErrors"], prefix: string): string[] {
  return Object.entries(fieldErrors)
    .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
    .flatMap(([, messages]) => messages ?? []);
}

export function WebhookFields({ config, secretsSet, fieldErrors }: ChannelFieldsProps) {
  const [rotating, setRotating] = useState(false);
  const isNew = !secretsSet.includes("signingSecret");
  return (
    <>
      <Field label="URL" name="config.url" errors={fieldErrors["config.url"]} hint="Pingpage POSTs a signed JSON message here (see docs/webhooks.md).">
        <TextInput name="config.url" type="url" defaultValue={typeof config?.url === "string" ? config.url : ""} placeholder="https://example.com/hooks/pingpage" errors={fieldErrors["config.url"]} />
      </Field>
      <Field label="Custom headers" name="config.headers" errors={errorsUnder(fieldErrors, "config.headers")} hint="One per line, like X-Team: ops. Shown to editors: put a token in Authorization below.">
        <TextArea name="config.headers" rows={3} defaultValue={headerLines(config)} placeholder="X-Team: ops" errors={errorsUnder(fieldErrors, "config.headers")} />
      </Field>
      <SecretField label="Authorization header" field="authorization" set={secretsSet.includes("authorization")} errors={fieldErrors["secrets.authorization"]} hint="Optional, e.g. Bearer <token>." />
      {isNew ? (
        <NewSecret field="signingSecret" label="Signing secret" errors={fieldErrors["secrets.signingSecret"]} hint="Copy it into your receiver now: it is never shown again after saving." />
      ) : rotating ? (
        <NewSecret
          field="nextSigningSecret"
          label="New signing secret"
          errors={fieldErrors["secrets.nextSigningSecret"]}
          hint="Copy it, then save. For 24 hours messages carry signatures from both the old and the new secret."
        />
      ) : (
        <div className="space-y-1.5">
          <span className="block text-sm font-medium text-slate-800">Signing secret</span>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-slate-600">••• set</span>
            <Button type="button" variant="secondary" onClick={() => setRotating(true)}>
              Rotate signing secret
            </Button>
          </div>
        </div>
      )}
    </>
  );
}
