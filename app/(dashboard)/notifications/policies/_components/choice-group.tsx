/** A fieldset of checkboxes posting one value each under the same name: tags, checks, channels, events. */
export function ChoiceGroup({ legend, name, options, selected, errors }: { legend: string; name: string; options: { value: string; label: string }[]; selected: string[]; errors?: string[] }) {
  return (
    <fieldset className="space-y-1.5" aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {options.length === 0 ? <p className="text-xs text-slate-500">None yet.</p> : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name={name} value={option.value} defaultChecked={selected.includes(option.value)} className="h-4 w-4 rounded border-slate-300" />
            {option.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={`${name}-error`} role="alert" className="text-sm text-red-600">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
