import { z } from "zod";
import { email } from "./user";

export const newPassword = z.string().min(8, "Use at least 8 characters").max(200, "Use at most 200 characters");

export const passwordChange = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(200),
  newPassword,
});
export type PasswordChange = z.infer<typeof passwordChange>;

export const passwordResetRequest = z.object({ email });
export type PasswordResetRequest = z.infer<typeof passwordResetRequest>;

export const passwordReset = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "This reset link is not valid"),
  password: newPassword,
});
export type PasswordReset = z.infer<typeof passwordReset>;

/** A 6-digit authenticator code or a recovery code ("xxxxx-xxxxx"), spaces allowed. */
export const secondFactorCode = z
  .string()
  .trim()
  .min(1, "Enter the code from your authenticator app or a recovery code")
  .max(40, "That code is too long")
  .regex(/^[A-Za-z0-9\s-]+$/, "Codes have only digits, letters and a dash");

export const twoFactorConfirm = z.object({ code: secondFactorCode });
export const twoFactorChallenge = z.object({ code: secondFactorCode });

/** Turning two-factor off needs a current authenticator code or the account password. */
export const twoFactorDisable = z
  .object({ code: z.string().trim().max(40).optional(), password: z.string().max(200).optional() })
  .refine((v) => !!v.code || !!v.password, { message: "Enter a code from your authenticator app or your password", path: ["code"] });
export type TwoFactorDisable = z.infer<typeof twoFactorDisable>;

export const workspaceTwoFactor = z.object({
  required: z.enum(["on", "off"], { error: "Choose whether two-factor authentication is required" }).transform((v) => v === "on"),
});
