"use client";

import { useSyncExternalStore } from "react";
import { THEME_KEY as KEY } from "./theme-script";

const root = () => document.querySelector("[data-theme]");

/** The theme lives in the page root's attribute (set before paint by themeScript); React only watches it. */
function subscribe(onChange: () => void): () => void {
  const element = root();
  if (!element) return () => undefined;
  const observer = new MutationObserver(onChange);
  observer.observe(element, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

/** Switches the page between light and dark; the choice is remembered in this browser. */
export function ThemeToggle({ label }: { label: string }) {
  const dark = useSyncExternalStore(
    subscribe,
    () => root()?.getAttribute("data-theme") === "dark",
    () => false,
  );
  const toggle = () => {
    const next = !dark;
    root()?.setAttribute("data-theme", next ? "dark" : "light");
    try {
      localStorage.setItem(KEY, next ? "dark" : "light");
    } catch {
      // Storage can be disabled; the switch still works for this visit.
    }
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      className="rounded-md px-2.5 py-1.5 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:ring-slate-700 dark:hover:bg-slate-800"
    >
      <span aria-hidden="true">{dark ? "☀" : "☾"}</span> {label}
    </button>
  );
}
