import { z } from "zod";

export const telegramConfig = z.object({
  /** A numeric chat id (groups start with -100) or a public channel's @username. */
  chatId: z
    .string({ error: "Enter the chat id" })
    .trim()
    .regex(/^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31})$/, "Enter a numeric chat id such as -1001234567890, or @channelname"),
});
export type TelegramConfig = z.infer<typeof telegramConfig>;

export const telegramSecrets = z.object({
  botToken: z
    .string({ error: "Enter the bot token" })
    .trim()
    .regex(/^\d{5,15}:[A-Za-z0-9_-]{30,50}$/, "Enter the token @BotFather gave, such as 123456789:AAE…"),
});
export type TelegramSecrets = z.infer<typeof telegramSecrets>;
