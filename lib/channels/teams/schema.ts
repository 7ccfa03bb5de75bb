import { z } from "zod";
import { httpsUrl } from "../webhook-url";

export const teamsConfig = z.object({});
export type TeamsConfig = z.output<typeof teamsConfig>;

export const teamsSecrets = z.object({
  /** A "Post to a channel when a webhook request is received" workflow's URL. */
  webhookUrl: httpsUrl("webhookUrl", "https://prod-00.westus.logic.azure.com/workflows/…"),
});
export type TeamsSecrets = z.output<typeof teamsSecrets>;
