import { pool } from "@/lib/db";

/** Liveness for load balancers, Compose and Playwright: 200 only when the database answers. */
export async function GET(): Promise<Response> {
  try {
    await pool().query("select 1");
    return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    console.error("[health] database check failed", error);
    return Response.json({ ok: false }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
