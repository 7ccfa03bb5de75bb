"use client";

import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { generateSigningSecret } from "./signing-secret";

const noChanges = () => () => {};

type Props = { field: "signingSecret" | "nextSigningSecret"; label: string; hint: string; errors?: string[] };

/**
 * Shows a freshly generated signing secret once, to copy into the receiver, and posts it. Only the
 * browser's secret is ever shown: the server renders an empty box, which hydration then fills.
 */
export function NewSecret({ field, label, hint, errors }: Props) {
  const [generated] = useState(generateSigningSecret);
  const inBrowser = useSyncExternalStore(noChanges, () => true, () => false);
  const secret = inBrowser ? generated : "";
  const name = `secrets.${field}`;
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      <div className="flex items-center gap-2">
        <TextInput name={name} value={secret} readOnly errors={errors} />
        <Button type="button" variant="secondary" onClick={() => void navigator.clipboard?.writeText(secret)}>
          Copy<span className="sr-only"> {label.toLowerCase()}</span>
        </Button>
      </div>
    </Field>
  );
}
