import { describe, expect, it } from "vitest";
import { passwordChange, passwordReset, twoFactorDisable, workspaceTwoFactor } from "./account";

describe("account schemas", () => {
  it("names the field a bad password change or reset must fix", () => {
    const change = passwordChange.safeParse({ currentPassword: "", newPassword: "short" });
    expect(change.success ? [] : change.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["currentPassword", "Enter your current password"],
      ["newPassword", "Use at least 8 characters"],
    ]);
    const reset = passwordReset.safeParse({ token: "../../etc", password: "long enough" });
    expect(reset.success ? null : reset.error.issues[0]?.path).toEqual(["token"]);
  });

  it("needs a code or the password to turn two-factor off", () => {
    expect(twoFactorDisable.safeParse({}).success).toBe(false);
    expect(twoFactorDisable.safeParse({ code: "  " }).success).toBe(false);
    expect(twoFactorDisable.safeParse({ password: "x" }).success).toBe(true);
  });

  it("takes only on or off for the workspace requirement", () => {
    expect(workspaceTwoFactor.parse({ required: "on" })).toEqual({ required: true });
    expect(workspaceTwoFactor.parse({ required: "off" })).toEqual({ required: false });
    const bad = workspaceTwoFactor.safeParse({ required: "yes" });
    expect(bad.success ? null : bad.error.issues[0]?.message).toBe("Choose whether two-factor authentication is required");
  });
});
