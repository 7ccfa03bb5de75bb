import { z } from "zod";
import { listMembers } from "@/lib/services/members/manage";
import { operation, timestamp } from "../operation";

const memberView = z
  .object({ userId: z.uuid(), email: z.string(), name: z.string().nullable(), role: z.enum(["owner", "admin", "editor", "viewer"]), joinedAt: timestamp })
  .meta({ id: "Member" });

const meView = z
  .object({
    workspaceId: z.uuid(),
    role: z.enum(["owner", "admin", "editor", "viewer"]),
    token: z.object({ id: z.uuid(), name: z.string(), scopes: z.array(z.enum(["read", "write"])) }),
    user: z.object({ id: z.uuid(), email: z.string().nullable() }),
  })
  .meta({ id: "Me" });

export const meOperations = [
  operation({
    id: "getMe",
    method: "GET",
    path: "/me",
    tag: "Workspace",
    summary: "The token, its workspace and the role it acts with",
    response: meView,
    run: async (ctx) => {
      const actor = ctx.actor?.type === "token" ? ctx.actor : null;
      const members = await listMembers(ctx);
      return {
        workspaceId: ctx.workspaceId,
        role: ctx.role,
        token: { id: actor?.tokenId ?? ctx.userId, name: actor?.label ?? "", scopes: [...(actor?.scopes ?? [])] },
        user: { id: ctx.userId, email: members.find((member) => member.userId === ctx.userId)?.email ?? null },
      };
    },
  }),
  operation({
    id: "listMembers",
    method: "GET",
    path: "/members",
    tag: "Workspace",
    summary: "The workspace's members and their roles",
    response: z.object({ items: z.array(memberView) }),
    run: async (ctx) => ({ items: (await listMembers(ctx)).map((member) => ({ ...member, joinedAt: member.joinedAt.toISOString() })) }),
  }),
];
