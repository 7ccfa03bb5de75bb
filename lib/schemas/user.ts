import { z } from "zod";

export const email = z.string().trim().toLowerCase().min(1, "Enter your email").max(254).email("Enter a valid email address");

export const signUp = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Keep your name under 100 characters"),
  email,
  password: z.string().min(8, "Use at least 8 characters").max(200, "Use at most 200 characters"),
});
export type SignUp = z.infer<typeof signUp>;

export const signIn = z.object({
  email,
  password: z.string().min(1, "Enter your password").max(200),
});
export type SignIn = z.infer<typeof signIn>;

/** The secret in a /verify-email/<token> link: 32 random bytes, base64url. */
export const verificationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid");
