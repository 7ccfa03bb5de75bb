import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { runHttp } from "@/lib/checks/http/run";
import { httpConfig } from "@/lib/schemas/check-config";
import { benchBlackbox, findBlackboxExporter } from "./probe-blackbox";
import { measure, round } from "./probe-stats";
import { startBenchTarget } from "./probe-target";

/**
 * HTTP probe throughput: runHttp (a fresh connection per probe) against a loopback target, and the
 * Prometheus blackbox exporter against the same target when it is installed. Prints one JSON line.
 * Usage: npm run bench:probe -- [--seconds 5] [--concurrency 32]
 */
const args = z
  .object({
    seconds: z.coerce.number().positive().max(60).default(5),
    concurrency: z.coerce.number().int().min(1).max(1_000).default(32),
  })
  .parse(parseArgs({ options: { seconds: { type: "string" }, concurrency: { type: "string" } } }).values);

async function main() {
  const target = await startBenchTarget();
  try {
    const config = httpConfig.parse({ type: "http", url: target.url });
    const options = { timeoutMs: 5_000, allowPrivateTargets: true };
    const probe = async () => {
      const result = await runHttp(config, options);
      return result.ok ? result.latencyMs : null;
    };
    await measure(args.concurrency, 0.5, probe);
    const ours = await measure(args.concurrency, args.seconds, probe);
    const binary = findBlackboxExporter();
    const blackbox = binary ? await benchBlackbox(binary, target.url, args.concurrency, args.seconds) : undefined;
    console.log(
      JSON.stringify({
        ...ours,
        concurrency: args.concurrency,
        seconds: args.seconds,
        cpus: cpus().length,
        node: process.version,
        ...(blackbox && { blackbox, ratioVsBlackbox: round(ours.probesPerSec / blackbox.probesPerSec) }),
      }),
    );
  } finally {
    target.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
