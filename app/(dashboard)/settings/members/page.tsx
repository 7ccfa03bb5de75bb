import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { requireCtx } from "@/lib/auth/context";
import { listPendingInvitations } from "@/lib/services/members/invite";
import { listMembers } from "@/lib/services/members/manage";
import { changeRoleAction, removeMemberAction, revokeInvitationAction } from "./actions";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Members" };

const ROLE_HELP = "Owners and admins manage members; editors change checks and pages; viewers only look.";

export default async function MembersPage() {
  const ctx = await requireCtx();
  const [members, invitations] = await Promise.all([listMembers(ctx), listPendingInvitations(ctx)]);
  const canManage = ctx.role === "owner" || ctx.role === "admin";
  const lastOwner = members.filter((m) => m.role === "owner").length <= 1;
  // Admins manage editors and viewers; only owners manage admins and owners.
  const canManageMember = (role: string) => ctx.role === "owner" || (ctx.role === "admin" && role !== "owner" && role !== "admin");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Members of {ctx.workspaceName}</h1>
        <p className="text-sm text-slate-600">{ROLE_HELP}</p>
      </div>
      {canManage ? (
        <section aria-labelledby="invite-heading" className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 id="invite-heading" className="font-semibold">Invite a collaborator</h2>
          <InviteForm canInviteAdmins={ctx.role === "owner"} />
        </section>
      ) : null}
      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-lg font-semibold">Members</h2>
        <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {members.map((m) => (
            <li key={m.userId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div>
                <p className="font-medium">{m.name ?? m.email}{m.userId === ctx.userId ? " (you)" : ""}</p>
                <p className="text-xs text-slate-500">{m.email}</p>
              </div>
              <div className="flex items-center gap-2">
                {canManageMember(m.role) && m.userId !== ctx.userId ? (
                  <ActionButton
                    action={changeRoleAction.bind(null, m.userId)}
                    fields={
                      <>
                        <label className="sr-only" htmlFor={`role-${m.userId}`}>Role of {m.email}</label>
                        <select id={`role-${m.userId}`} name="role" defaultValue={m.role} className="rounded-md py-1 text-sm ring-1 ring-slate-300">
                          {ctx.role === "owner" ? <option value="owner">Owner</option> : null}
                          {ctx.role === "owner" ? <option value="admin">Admin</option> : null}
                          <option value="editor">Editor</option>
                          <option value="viewer">Viewer</option>
                        </select>
                      </>
                    }
                  >
                    Save
                  </ActionButton>
                ) : (
                  <span className="text-sm capitalize text-slate-600">{m.role}</span>
                )}
                {(canManageMember(m.role) && m.userId !== ctx.userId && !(m.role === "owner" && lastOwner)) || (m.userId === ctx.userId && !(m.role === "owner" && lastOwner)) ? (
                  <ActionButton variant="ghost" action={removeMemberAction.bind(null, m.userId)}>
                    {m.userId === ctx.userId ? "Leave" : "Remove"}
                  </ActionButton>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
      {invitations.length ? (
        <section aria-labelledby="pending-heading" className="space-y-3">
          <h2 id="pending-heading" className="text-lg font-semibold">Pending invitations</h2>
          <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            {invitations.map((inv) => (
              <li key={inv.id} className="flex items-center justify-between gap-3 px-4 py-3 text-sm">
                <span>
                  {inv.email} · <span className="capitalize">{inv.role}</span> · expires {inv.expiresAt.toISOString().slice(0, 10)}
                </span>
                {canManage ? (
                  <ActionButton variant="ghost" action={revokeInvitationAction.bind(null, inv.id)}>
                    Revoke
                  </ActionButton>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
