import Link from "next/link";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { Logo } from "@/components/logo";
import { buttonClass } from "@/components/ui/button";
import { authOptions } from "@/lib/auth/options";

export default async function Home() {
  const session = await getServerSession(authOptions);
  if (session?.user?.id) redirect("/checks");
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center gap-8 px-6 py-16">
      <Logo />
      <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">Know when it breaks. Tell your users before they ask.</h1>
      <p className="text-lg text-slate-600">
        Pingpage checks your websites, APIs, ports, DNS and certificates around the clock and publishes a status page your
        customers can trust.
      </p>
      <div className="flex gap-3">
        <Link href="/signup" className={buttonClass("primary", "px-5 py-2.5 text-base")}>
          Get started
        </Link>
        <Link href="/signin" className={buttonClass("secondary", "px-5 py-2.5 text-base")}>
          Sign in
        </Link>
      </div>
    </main>
  );
}
