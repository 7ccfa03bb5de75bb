import type { z } from "zod";
import type { CheckTypeMeta } from "./define";
import { compositeCheck } from "./composite";
import { dnsCheck } from "./dns";
import { heartbeatCheck } from "./heartbeat";
import { httpCheck } from "./http";
import { pingCheck } from "./ping";
import { tcpCheck } from "./tcp";
import { tlsCheck } from "./tls";

/**
 * Every check type, in the order the form lists them. Each lives in its own folder; the settings
 * union, the probe dispatch, the schedule and the descriptions all iterate over this list.
 * The browser's form sections are listed in ./forms.ts, which must not import this file.
 */
export const checkTypes = [httpCheck, tcpCheck, dnsCheck, tlsCheck, pingCheck, heartbeatCheck, compositeCheck] as const;

type Definitions = typeof checkTypes;
export type CheckTypeName = Definitions[number]["type"];
// Generic, so that mapping keeps the tuple: z.discriminatedUnion wants one.
type ConfigsOf<T extends readonly unknown[]> = { -readonly [K in keyof T]: T[K] extends { config: infer Schema } ? Schema : never };
type StoredConfigsOf<T extends readonly unknown[]> = { -readonly [K in keyof T]: T[K] extends { storedConfig: infer Schema } ? Schema : never };
export type ConfigSchemas = ConfigsOf<Definitions>;
export type StoredConfigSchemas = StoredConfigsOf<Definitions>;
/** Types the worker probes on a schedule; the others are evaluated from stored state. */
export type ProbedTypeName = Extract<Definitions[number], { probed: true }>["type"];

export const probedTypes: ProbedTypeName[] = checkTypes.filter((definition) => definition.probed).map((definition) => definition.type as ProbedTypeName);

export function isProbed(type: string): boolean {
  return (probedTypes as string[]).includes(type);
}

/** A type's settings with the run and describe functions that take them, whichever type it is. */
type AnyDefinition = {
  type: string;
  formLists?: CheckTypeMeta["formLists"];
  run?: (config: { type: string }, options: Parameters<NonNullable<Definitions[0]["run"]>>[1]) => ReturnType<NonNullable<Definitions[0]["run"]>>;
  describe: (config: { type: string }) => string;
  config: z.ZodType;
};

/**
 * The definition for a parsed config's type. Sound because every config reaching here was parsed
 * by the union of these same schemas, so its fields match its `type`; TypeScript cannot see that.
 */
export function checkTypeOf(type: CheckTypeName): AnyDefinition {
  const definition = checkTypes.find((candidate) => candidate.type === type);
  if (!definition) throw new Error(`unknown check type ${type}`);
  return definition as unknown as AnyDefinition;
}
