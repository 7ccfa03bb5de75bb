import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineChannel } from "@/lib/channels/types";
import { channelInputFromForm } from "./channel-form";

const listing = defineChannel({
  type: "listing",
  label: "Listing",
  configSchema: z.object({ recipients: z.array(z.string()) }),
  secretsSchema: z.object({}),
  describe: () => "",
  send: async () => ({ ok: true }),
  configFromForm: (fields) => ({ recipients: (fields.recipients ?? "").split("\n").filter(Boolean) }),
});

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("channelInputFromForm", () => {
  it("turns the form's strings into the service's input through the type's configFromForm", () => {
    const input = channelInputFromForm(
      form([
        ["type", "listing"],
        ["name", "On call"],
        ["enabled", "false"],
        ["enabled", "true"],
        ["config.recipients", "a@example.test\nb@example.test"],
        ["secrets.token", ""],
      ]),
      [listing],
    );
    expect(input).toEqual({ type: "listing", name: "On call", enabled: true, config: { recipients: ["a@example.test", "b@example.test"] }, secrets: { token: "" } });
  });

  it("reads an unticked box as off and refuses a prototype field name", () => {
    expect(channelInputFromForm(form([["type", "listing"], ["enabled", "false"]]), [listing])).toMatchObject({ enabled: false });
    expect(channelInputFromForm(form([["config.__proto__.x", "1"]]), [listing])).toEqual({ formError: expect.stringMatching(/not allowed/) });
  });
});
