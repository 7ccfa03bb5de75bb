"use client";

import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { useField } from "./form-state";
import { SecretInput } from "./secret-input";
import { useRows } from "./use-rows";

type Props = { prefix: string; title: string; noun: string; namePlaceholder: string; valuePlaceholder: string; secretValues?: boolean };

/** Name/value pairs such as query parameters or request headers; secret values are write-only. */
export function KeyValueRows({ prefix, title, noun, namePlaceholder, valuePlaceholder, secretValues = false }: Props) {
  const rows = useRows(prefix);
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-slate-800">{title}</p>
      {rows.keys.map((key, index) => (
        <KeyValueRow
          key={key}
          prefix={`${prefix}.${index}`}
          label={`${noun} ${index + 1}`}
          placeholders={[namePlaceholder, valuePlaceholder]}
          secretValue={secretValues}
          onRemove={() => rows.remove(key)}
        />
      ))}
      <Button type="button" variant="secondary" onClick={rows.add}>
        Add {noun.toLowerCase()}
      </Button>
    </div>
  );
}

type RowProps = { prefix: string; label: string; placeholders: [string, string]; secretValue: boolean; onRemove: () => void };

function KeyValueRow({ prefix, label, placeholders, secretValue, onRemove }: RowProps) {
  const name = useField(`${prefix}.name`);
  const value = useField(`${prefix}.value`);
  const errors = [...(name.errors ?? []), ...(value.errors ?? [])];
  return (
    <div className="space-y-1">
      <div className="grid grid-cols-[1fr_1fr_auto] gap-2">
        <TextInput name={`${prefix}.name`} aria-label={`${label} name`} placeholder={placeholders[0]} defaultValue={name.defaultValue} errors={name.errors} />
        {secretValue ? (
          <SecretInput
            name={`${prefix}.value`}
            label={`${label.toLowerCase()} value`}
            aria-label={`${label} value`}
            placeholder={placeholders[1]}
            defaultValue={value.defaultValue}
            errors={value.errors}
          />
        ) : (
          <TextInput name={`${prefix}.value`} aria-label={`${label} value`} placeholder={placeholders[1]} defaultValue={value.defaultValue} errors={value.errors} />
        )}
        <Button type="button" variant="ghost" onClick={onRemove} aria-label={`Remove ${label.toLowerCase()}`}>
          Remove
        </Button>
      </div>
      {errors.length ? (
        <p id={`${prefix}.name-error`} role="alert" className="text-sm text-red-600">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
