import Link from "next/link";

export default function StatusPageNotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-semibold">Status page not found</h1>
      <p className="text-slate-600">There is no status page at this address. Check the link you followed.</p>
      <Link href="/" className="text-sm text-brand-600 hover:underline">
        Go to Pingpage
      </Link>
    </main>
  );
}
