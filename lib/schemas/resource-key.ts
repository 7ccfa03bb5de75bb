import { z } from "zod";

/** The stable name a config file gives a resource, matched on every plan and apply. */
export const resourceKey = z
  .string({ error: "Give the resource a key" })
  .regex(/^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$/, "Keys are lowercase letters, digits, '-', '_' and '.', like api-health");
