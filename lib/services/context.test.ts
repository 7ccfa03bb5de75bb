import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { actorOf, assertRole, assertScope, systemCtx, userCtx, type Ctx } from "./context";

const workspaceId = "6f1c2b9e-6a4d-4c55-9a7e-0c1d2e3f4a5b";
const userId = "0b5e7c1a-2f3d-4e6a-8b9c-1d2e3f4a5b6c";

describe("the actor on a service context", () => {
  it("a user acts with their role; a viewer is refused an editor's write", () => {
    const viewer = userCtx(userId, workspaceId, "viewer");
    expect(actorOf(viewer)).toEqual({ type: "user", userId, role: "viewer" });
    expect(() => assertRole(viewer, "editor")).toThrow(ForbiddenError);
  });

  it("a context without an actor is its user", () => {
    expect(actorOf({ userId, workspaceId, role: "editor" })).toEqual({ type: "user", userId, role: "editor" });
  });

  it("a token acts only within its scopes", () => {
    const token: Ctx = { userId, workspaceId, role: "admin", actor: { type: "token", tokenId: userId, label: "CI", scopes: ["read"] } };
    expect(() => assertScope(token, "read")).not.toThrow();
    expect(() => assertScope(token, "write")).toThrow(/write/);
  });

  it("the system has no user and is not scoped", () => {
    const system = systemCtx(workspaceId, "scheduled DNS check");
    expect(actorOf(system)).toEqual({ type: "system", reason: "scheduled DNS check" });
    expect(system.userId).toBeNull();
    expect(() => assertScope(system, "write")).not.toThrow();
  });
});
