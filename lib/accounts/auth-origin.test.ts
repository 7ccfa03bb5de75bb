import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { authOriginEnv } from "./auth-origin";

// The function next-auth v4 calls on every request to find its origin; the package does not export it.
const require = createRequire(import.meta.url);
const { detectOrigin } = require(path.join(path.dirname(require.resolve("next-auth")), "utils/detect-origin.js")) as {
  detectOrigin: (host: string, protocol: string) => string | undefined;
};

const saved = { NEXTAUTH_URL: process.env.NEXTAUTH_URL, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST };

/** The environment a web process started by `npm start` gets, as next-auth reads it per request. */
function launch(nextauthUrl: string | undefined) {
  const launched = authOriginEnv(nextauthUrl, 3000);
  delete process.env.NEXTAUTH_URL;
  delete process.env.AUTH_TRUST_HOST;
  Object.assign(process.env, launched.env);
  return launched;
}

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("the address next-auth builds its URLs on (issue 14, defect 2)", () => {
  it("follows the host the browser opened when no public URL is configured", () => {
    const { openAt } = launch(undefined);
    expect(detectOrigin("127.0.0.1:3000", "http")).toBe("http://127.0.0.1:3000");
    expect(detectOrigin("localhost:3000", "http")).toBe("http://localhost:3000");
    expect(openAt).toBe("http://localhost:3000");
  });

  it("keeps a configured NEXTAUTH_URL, and prints it as the address to open", () => {
    const { openAt } = launch("https://status.example.com/");
    expect(detectOrigin("127.0.0.1:3000", "http")).toBe("https://status.example.com/");
    expect(openAt).toBe("https://status.example.com");
  });
});
