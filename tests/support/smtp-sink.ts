import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { envelopeFrom: string; envelopeTo: string[]; raw: string };

/**
 * A real SMTP server on 127.0.0.1 and a random port that keeps what it receives. With `user` and
 * `password` it requires AUTH; with `reject`, it refuses every message with that reply (and `rejectCode`, 450 unless given).
 */
export async function startSmtpSink(options: { user?: string; password?: string; reject?: string; rejectCode?: number; delayMs?: number } = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: options.user ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    allowInsecureAuth: true,
    authOptional: !options.user,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        // A slow server, so a test can stop a sender half-way through a fan-out.
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        if (options.reject) return callback(Object.assign(new Error(options.reject), { responseCode: options.rejectCode }));
        received.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  // A client killed mid-message resets its connection: that is the sender's problem, not the sink's.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    /** The unfolded value of a header of a received message. */
    header(mail: ReceivedMail, name: string): string | undefined {
      const head = mail.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
      const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
      return line?.slice(name.length + 1).trim();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
