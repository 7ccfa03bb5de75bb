import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";

/** The visitor locale in a public page's URL (proxy.ts puts it there from Accept-Language); anything else is no page. */
export function localeParam(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}
