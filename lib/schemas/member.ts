import { z } from "zod";
import { email } from "./user";

export const invitableRole = z.enum(["admin", "editor", "viewer"], { message: "Choose admin, editor or viewer" });

/** A member's role as an owner may set it; admins may only choose editor or viewer (enforced in the service). */
export const memberRole = z.enum(["owner", "admin", "editor", "viewer"], { message: "Choose owner, admin, editor or viewer" });

export const invitationInput = z.object({ email, role: invitableRole });
export type InvitationInput = z.infer<typeof invitationInput>;

export const invitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid");
