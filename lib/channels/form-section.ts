import type { ComponentType } from "react";

/**
 * What the channel form gives a type's section. Inputs are named `config.<field>` and
 * `secrets.<field>`; a secret input left blank keeps the stored value.
 */
export type ChannelFieldsProps = {
  /** The saved settings when editing; null for a new channel. */
  config: Record<string, unknown> | null;
  /** Names of the secret fields that have a stored value ("••• set", Replace). */
  secretsSet: string[];
  fieldErrors: Record<string, string[] | undefined>;
};

/** One channel type as the browser knows it: no schema, no send code. */
export type ChannelForm = { type: string; label: string; Fields: ComponentType<ChannelFieldsProps> };
