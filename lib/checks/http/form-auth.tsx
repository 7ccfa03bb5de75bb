"use client";

import { useState } from "react";
import { Field, Select } from "@/components/ui/field";
import { TextField, useField } from "@/components/check-form/form-state";
import { SecretField } from "@/components/check-form/secret-input";

/** None, basic or bearer; only the chosen kind's fields are posted. Choosing None clears saved secrets. */
export function HttpAuthFields() {
  const type = useField("config.auth.type", "");
  const [kind, setKind] = useState(type.defaultValue ?? "");
  return (
    <div className="space-y-4">
      <Field label="Authentication" name="config.auth.type" errors={type.errors}>
        <Select name="config.auth.type" value={kind} onChange={(event) => setKind(event.target.value)} errors={type.errors}>
          <option value="">None</option>
          <option value="basic">Basic (user name and password)</option>
          <option value="bearer">Bearer token</option>
        </Select>
      </Field>
      {kind === "basic" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="User name" name="config.auth.username" autoComplete="off" />
          <SecretField label="Password" name="config.auth.password" type="password" autoComplete="new-password" />
        </div>
      ) : null}
      {kind === "bearer" ? <SecretField label="Token" name="config.auth.token" type="password" autoComplete="off" hint="Sent as Authorization: Bearer <token>." /> : null}
    </div>
  );
}
