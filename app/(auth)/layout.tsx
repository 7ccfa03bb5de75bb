import Link from "next/link";
import { connection } from "next/server";
import { Logo } from "@/components/logo";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request so Next can put the CSP nonce (proxy.ts) on the page's scripts: a
  // prerendered page has none, and its scripts would be blocked.
  await connection();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8" aria-label="Pingpage home">
        <Logo />
      </Link>
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">{children}</div>
    </main>
  );
}
