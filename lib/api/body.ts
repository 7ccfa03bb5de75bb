import { ApiProblem } from "./problem";

export const MAX_BODY_BYTES = 1024 * 1024;

/** The JSON body, refused with 413 past 1 MiB without reading further, 400 when it is not JSON. */
export async function readJsonBody(request: Request): Promise<{ value: unknown; text: string }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new ApiProblem(413, "The body is over 1 MiB");
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw new ApiProblem(413, "The body is over 1 MiB");
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw new ApiProblem(400, "This request needs a JSON body");
  const type = request.headers.get("content-type") ?? "application/json";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) throw new ApiProblem(415, "Send the body as application/json");
  try {
    return { value: JSON.parse(text), text };
  } catch {
    throw new ApiProblem(400, "The body is not valid JSON");
  }
}
