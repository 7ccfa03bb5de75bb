import type { z } from "zod";
import type { CheckResult, RunOptions } from "./types";

/** What both the server and the browser's form know of a type: no schema, no probe code. */
export type CheckTypeMeta = {
  readonly type: string;
  readonly label: string;
  readonly probed: boolean;
  /** List settings the form edits as one textarea ("lines") or a group of checkboxes posted as `name[]`. */
  readonly formLists?: Readonly<Record<string, "lines" | "checkboxes">>;
};

type Settings = z.ZodType<{ type: string }>;

/** One check type: its folder's settings schema, how it reads, and its probe when it is probed. */
export type CheckTypeDefinition<Meta extends CheckTypeMeta, Config extends Settings, Stored extends Settings> = Meta & {
  /** Settings as saved today: form, API and YAML all parse with it. */
  config: Config;
  /** Settings as read back, saved under older rules; `config` unless a type relaxed something. */
  storedConfig: Stored;
  /** Absent for types evaluated from stored state (heartbeat, composite). */
  run?: (config: z.output<Config>, options: RunOptions) => Promise<CheckResult>;
  /** One line naming what the check watches, for lists and headings. */
  describe: (config: z.output<Config>) => string;
};

type Behaviour<Config extends Settings, Stored extends Settings> = Omit<CheckTypeDefinition<CheckTypeMeta, Config, Stored>, keyof CheckTypeMeta | "storedConfig"> & {
  storedConfig?: Stored;
};

/** The folder's meta (./meta.ts, which the browser reads too) joined with its server-side behaviour. */
export function defineCheckType<const Meta extends CheckTypeMeta, Config extends Settings, Stored extends Settings = Config>(
  meta: Meta,
  behaviour: Behaviour<Config, Stored>,
): CheckTypeDefinition<Meta, Config, Stored> {
  // Without its own stored schema, a type reads saved settings with today's.
  const storedConfig = behaviour.storedConfig ?? (behaviour.config as Settings as Stored);
  return { ...meta, ...behaviour, storedConfig };
}

/**
 * Loads a probe's module on first use only. Each import() call, even of a loaded module, goes
 * through the module loader (and its hooks under tsx), which at 1,000 runs a second shows.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
