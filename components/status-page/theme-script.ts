/**
 * The root layout says lang="en" for the whole app; a public page in another language corrects it
 * before paint (its own wrapper carries lang too, for readers without scripts).
 */
export function langScript(locale: string): string {
  return `document.documentElement.lang=${JSON.stringify(locale)};`;
}

export const THEME_KEY = "pingpage-theme";

/** Runs before the first paint: the visitor's choice, else the owner's default, else the system's. */
export function themeScript(pageDefault: "system" | "light" | "dark"): string {
  return `(function(){var r=document.currentScript.parentElement,t;try{t=localStorage.getItem(${JSON.stringify(THEME_KEY)})}catch(e){}if(t!=="light"&&t!=="dark"){t=${JSON.stringify(pageDefault)};if(t==="system")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}r.setAttribute("data-theme",t)})();`;
}
