"use client";

import type { ChannelFieldsProps } from "../form-section";
import { ConfigText, SecretText } from "../vendor-fields";

export function TelegramFields(form: ChannelFieldsProps) {
  return (
    <div className="space-y-4">
      <SecretText form={form} field="botToken" label="Bot token" placeholder="123456789:AAE…" hint="From @BotFather. Add the bot to the chat first." />
      <ConfigText form={form} field="chatId" label="Chat id" placeholder="-1001234567890" hint="A group's numeric id, or a public channel's @name." />
    </div>
  );
}
