import { z } from "zod";

export const workspaceInput = z.object({
  name: z.string().trim().min(1, "Enter a name").max(80, "Keep the name under 80 characters"),
});
export type WorkspaceInput = z.infer<typeof workspaceInput>;
