import { publicText, type PublicText } from "@/lib/i18n/public-text";
import type { PublicIncidentUpdate } from "@/lib/status-page/types";
import { Markdown } from "./markdown";

type Props = { updates: PublicIncidentUpdate[]; timeZone: string; limit?: number; text?: PublicText };

/** Updates newest first, each with its status, its time in the page's zone and its Markdown (in English on the dashboard). */
export function IncidentTimeline({ updates, timeZone, limit, text = publicText("en") }: Props) {
  const shown = limit ? updates.slice(0, limit) : updates;
  if (shown.length === 0) return null;
  return (
    <ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
      {shown.map((update) => (
        <li key={update.id}>
          <p className="text-sm">
            <strong className="font-semibold">{text.status(update.status)}</strong>
            <span className="text-slate-600 dark:text-slate-400">
              {" "}
              · <time dateTime={update.createdAt}>{text.dateTime(update.createdAt, timeZone)}</time>
            </span>
          </p>
          <div className="mt-1 text-sm text-slate-800 dark:text-slate-200">
            <Markdown source={update.body} />
          </div>
        </li>
      ))}
    </ol>
  );
}
