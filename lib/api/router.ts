import type { AnyOperation, Method } from "./operation";

export type Route = { operation: AnyOperation; params: Record<string, string> };

function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part.startsWith("{") && part.endsWith("}")) params[part.slice(1, -1)] = decodeURIComponent(got[i]!);
    else if (part !== got[i]) return null;
  }
  return params;
}

/** The operation for a method and a path under /api/v1; `allowed` lists the methods when only the method is wrong. */
export function findRoute(operations: AnyOperation[], method: string, path: string): { route: Route | null; allowed: Method[] } {
  const allowed: Method[] = [];
  for (const operation of operations) {
    const params = matchPath(operation.path, path);
    if (!params) continue;
    if (operation.method === method) return { route: { operation, params }, allowed };
    allowed.push(operation.method);
  }
  return { route: null, allowed };
}
