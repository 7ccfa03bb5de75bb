import { readFile, writeFile } from "node:fs/promises";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { exportYaml } from "@/lib/config/export";
import { importGatus } from "@/lib/config/import/gatus";
import { importUptimeKuma } from "@/lib/config/import/uptime-kuma";
import { importedYaml } from "@/lib/config/import/write";
import { formatProblem, loadConfig } from "@/lib/config/load";
import { describePlan, planChanges } from "@/lib/config/plan";
import type { ConfigFile } from "@/lib/config/schema";
import { applyPlan } from "./apply";
import { PingpageClient, type Fetch } from "./client";
import { loadCredentials, saveCredentials } from "./credentials";
import { readWorkspace } from "./workspace";

/** Where the command runs: its environment, its output, and how it reaches the server (a test passes the app's handler). */
export type Terminal = { env: Record<string, string | undefined>; out: (text: string) => void; err: (text: string) => void; fetch?: Fetch; confirm?: (question: string) => Promise<boolean> };

const USAGE = `Usage: pingpage <command>
  login --url URL --token pp_…       save credentials (PINGPAGE_URL / PINGPAGE_TOKEN override)
  validate [pingpage.yaml]            check the file; errors as file:line:column
  plan [pingpage.yaml] [--prune]      show changes; exit 0 none, 2 changes, 1 error
  apply [pingpage.yaml] [--prune] [--yes]
  export [--output pingpage.yaml]     write the workspace as YAML
  import gatus|uptime-kuma FILE [--output pingpage.yaml]`;

class UsageError extends Error {}

/** Runs one command; returns the exit code. */
export async function runCli(argv: string[], terminal: Terminal): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: "string" }, token: { type: "string" }, prune: { type: "boolean", default: false }, yes: { type: "boolean", default: false }, output: { type: "string", short: "o" } },
    });
    const [command, ...rest] = positionals;
    const file = rest[0] ?? "pingpage.yaml";
    switch (command) {
      case "login": {
        if (!values.url || !values.token) throw new UsageError("login needs --url and --token");
        const path = await saveCredentials(terminal.env, { url: values.url, token: values.token });
        const me = await new PingpageClient(values.url, values.token, terminal.fetch).request("GET", "/me");
        terminal.out(`Logged in to ${values.url} (${JSON.stringify(me)}); credentials saved to ${path}`);
        return 0;
      }
      case "validate": {
        const config = await readConfig(file, terminal);
        if (!config) return 1;
        terminal.out(`${file} is valid: ${config.checks.length} checks, ${config.pages.length} pages, ${config.maintenance.length} maintenance windows.`);
        return 0;
      }
      case "plan":
      case "apply": {
        const config = await readConfig(file, terminal);
        if (!config) return 1;
        const client = await connect(terminal);
        const workspace = await readWorkspace(client);
        const plan = planChanges(config, workspace.config, { prune: values.prune });
        terminal.out(describePlan(plan));
        if (command === "plan") return plan.changes.length > 0 ? 2 : 0;
        if (plan.changes.length === 0) return 0;
        if (!values.yes && !(await (terminal.confirm ?? askOnTerminal)("Apply these changes? [y/N] "))) {
          terminal.err("Nothing applied.");
          return 1;
        }
        const report = await applyPlan(client, plan, workspace);
        for (const failure of report.failures) terminal.err(`failed: ${failure}`);
        terminal.out(`Applied ${report.done} operation(s)${report.failures.length ? `, ${report.failures.length} failed` : ""}.`);
        return report.failures.length > 0 ? 1 : 0;
      }
      case "export": {
        const client = await connect(terminal);
        const text = exportYaml((await readWorkspace(client)).config, `${client.url.replace(/\/+$/, "")}/api/v1/config.schema.json`);
        if (values.output) await writeFile(values.output, text);
        else terminal.out(text);
        return 0;
      }
      case "import": {
        const [source, input] = rest;
        if ((source !== "gatus" && source !== "uptime-kuma") || !input) throw new UsageError("import needs a source (gatus or uptime-kuma) and a file");
        const text = await readFile(input, "utf8");
        const result = source === "gatus" ? importGatus(text) : importUptimeKuma(text);
        const output = values.output ?? "pingpage.yaml";
        await writeFile(output, importedYaml(result, input));
        terminal.out(`Wrote ${output}: ${result.config.checks.length} checks.`);
        for (const line of result.untranslated) terminal.err(`not imported: ${line}`);
        if (result.secrets.length > 0) terminal.err(`Set these environment variables before plan or apply: ${result.secrets.join(", ")}`);
        return 0;
      }
      default:
        throw new UsageError(command ? `Unknown command "${command}"` : "Give a command");
    }
  } catch (error) {
    terminal.err(error instanceof UsageError ? `${error.message}\n${USAGE}` : `error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function readConfig(file: string, terminal: Terminal): Promise<ConfigFile | null> {
  const result = loadConfig(await readFile(file, "utf8"), file, terminal.env);
  if (result.ok) return result.config;
  for (const problem of result.problems) terminal.err(formatProblem(problem));
  return null;
}

async function connect(terminal: Terminal): Promise<PingpageClient> {
  const credentials = await loadCredentials(terminal.env);
  return new PingpageClient(credentials.url, credentials.token, terminal.fetch);
}

async function askOnTerminal(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw new Error("apply needs --yes when not run from a terminal");
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(question);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}
