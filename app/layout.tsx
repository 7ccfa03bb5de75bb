import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pingpage", template: "%s · Pingpage" },
  description: "Uptime monitoring and status pages",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // A public page in another language sets lang before hydration (components/status-page/theme-script.ts).
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
