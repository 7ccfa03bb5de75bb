import { z } from "zod";

/** "Name <address@host>" or a bare address, with nothing that could break the From header. */
export const mailFrom = z
  .string()
  .trim()
  .max(200, "Keep the From address under 200 characters")
  .regex(/^(?:[^<>\p{Cc}]{0,150}<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/u, {
    message: "Use an address like Pingpage <status@example.com>",
  });

const smtpUrl = z
  .string()
  .trim()
  .max(500, "The SMTP URL is too long")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "Use a URL like smtp://user@mail.example.com:587 or smtps://user@mail.example.com:465");

/** Blank password: keep the stored one. The password is write-only and never shown again. */
export const mailSettingsInput = z.discriminatedUnion("transport", [
  z.object({ transport: z.literal("outbox") }),
  z.object({
    transport: z.literal("smtp"),
    smtpUrl,
    smtpPassword: z.string().max(500, "The password is too long").optional(),
    from: mailFrom,
  }),
], { error: () => "Choose the dev outbox or SMTP" });
export type MailSettingsInput = z.infer<typeof mailSettingsInput>;
