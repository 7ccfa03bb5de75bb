import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { z } from "zod";

const credentials = z.object({ url: z.url("The server URL must be a full URL"), token: z.string().startsWith("pp_", "API tokens start with pp_") });
export type Credentials = z.infer<typeof credentials>;
type Environment = Record<string, string | undefined>;

export function credentialsPath(environment: Environment): string {
  const base = environment.XDG_CONFIG_HOME || path.join(homedir(), ".config");
  return path.join(base, "pingpage", "credentials.json");
}

/** Saved readable by the user alone (0600): the file holds a token that can write to the workspace. */
export async function saveCredentials(environment: Environment, input: Credentials): Promise<string> {
  const parsed = credentials.parse(input);
  const file = credentialsPath(environment);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(parsed, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return file;
}

/** PINGPAGE_URL and PINGPAGE_TOKEN win over the saved file, so CI needs no login. */
export async function loadCredentials(environment: Environment): Promise<Credentials> {
  let saved: Partial<Credentials> = {};
  try {
    saved = JSON.parse(await readFile(credentialsPath(environment), "utf8")) as Partial<Credentials>;
  } catch {
    saved = {};
  }
  const result = credentials.safeParse({ url: environment.PINGPAGE_URL || saved.url, token: environment.PINGPAGE_TOKEN || saved.token });
  if (!result.success) throw new Error("Not logged in: run `pingpage login --url https://status.example.com --token pp_…`, or set PINGPAGE_URL and PINGPAGE_TOKEN");
  return result.data;
}
