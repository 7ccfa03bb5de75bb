import { type Locale } from "./locales";
import { de } from "./messages/de";
import { en, type MessageKey, type Messages } from "./messages/en";
import { es } from "./messages/es";
import { fr } from "./messages/fr";
import { ja } from "./messages/ja";
import { pt } from "./messages/pt";

const CATALOGUES: Record<Locale, Messages> = { en, de, fr, es, pt, ja };

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/**
 * `t(key, vars)` for one locale. Numbers in vars are formatted for the locale; a plural message
 * picks its form by Intl.PluralRules on `count` (an exact `zero` form wins for 0, as English
 * "no days" reads better than "0 days").
 */
export function translator(locale: Locale): Translate {
  const messages = CATALOGUES[locale];
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, vars = {}) => {
    const message = messages[key];
    let text: string;
    if (typeof message === "string") text = message;
    else {
      const count = Number(vars.count ?? 0);
      text = (count === 0 ? message.zero : undefined) ?? message[plurals.select(count)] ?? message.other;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? numbers.format(value) : value;
    });
  };
}
