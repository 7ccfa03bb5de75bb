import { runCli } from "../cli/main";

// The CLI reads its own environment, not lib/env.ts's: it is a separate program whose settings
// (PINGPAGE_URL, PINGPAGE_TOKEN, ${VARS} in the file) belong to the user's shell, not the server.
void runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then((code) => {
  process.exitCode = code;
});
