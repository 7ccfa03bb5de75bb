import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";

/**
 * The subscriber CSV, shared by export and import so a file exported from one page imports into
 * another: `email,components,groups,subscribed_at`. Components and groups are "; "-separated names
 * (a component's id where its name is ambiguous); both empty means the whole page.
 */
export const CSV_COLUMNS = ["email", "components", "groups", "subscribed_at"] as const;
export const MAX_IMPORT_ROWS = 10_000;
/** Below the 1 MB body limit of server actions, with room for the rest of the form. */
export const MAX_IMPORT_BYTES = 900 * 1024;

export type CsvComponent = { id: string; name: string; groupName: string | null };
export type ImportRow = { line: number; email: string; componentIds: string[] | null; groupNames: string[] | null };
export type ImportProblem = { line: number; message: string };

const email = z.string().max(254).email();
const uuid = z.uuid();
const SEPARATOR = ";";
const parsedRecords = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }));

// Spreadsheets run a cell starting with one of these as a formula; export neutralises it with a quote.
const FORMULA = /^[=+\-@\t\r]/;
export const neutralise = (cell: string) => (FORMULA.test(cell) ? `'${cell}` : cell);
const restore = (cell: string) => (cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell);

/** One exported row's cells. */
export function exportCells(subscriber: { email: string; componentIds: string[] | null; groupNames: string[] | null; confirmedAt: Date | null }, components: CsvComponent[]): string[] {
  const names = (subscriber.componentIds ?? []).flatMap((id) => {
    const component = components.find((c) => c.id === id);
    if (!component) return [];
    const unique = components.filter((c) => c.name.toLowerCase() === component.name.toLowerCase()).length === 1;
    return [unique && !component.name.includes(SEPARATOR) && !uuid.safeParse(component.name).success ? component.name : component.id];
  });
  return [subscriber.email, names.join("; "), (subscriber.groupNames ?? []).join("; "), subscriber.confirmedAt?.toISOString() ?? ""].map(neutralise);
}

/** Rows, or every problem by line; the caller writes nothing unless `problems` is empty. */
export function parseSubscriberCsv(text: string, components: CsvComponent[]): { rows: ImportRow[]; problems: ImportProblem[] } {
  let records: z.infer<typeof parsedRecords>;
  try {
    // With `info`, each record comes with the line it ends on; the library's types do not say so.
    records = parsedRecords.parse(parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }));
  } catch (error) {
    if (error instanceof CsvError) return { rows: [], problems: [{ line: Number(error.lines ?? 1), message: csvErrorMessage(error.code) }] };
    throw error;
  }
  const [header, ...body] = records;
  const columns = (header?.record ?? []).map((name) => name.toLowerCase());
  const at = { email: columns.indexOf("email"), components: columns.indexOf("components"), groups: columns.indexOf("groups") };
  if (at.email < 0) return { rows: [], problems: [{ line: 1, message: "the first line must name the columns, one of them email (email,components,groups)" }] };
  if (body.length === 0) return { rows: [], problems: [{ line: 1, message: "the file has no subscribers below its header" }] };
  if (body.length > MAX_IMPORT_ROWS) return { rows: [], problems: [{ line: MAX_IMPORT_ROWS + 2, message: `at most ${MAX_IMPORT_ROWS.toLocaleString("en")} subscribers per file` }] };

  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    const cell = (index: number) => (index >= 0 ? restore(record[index] ?? "") : "");
    const address = cell(at.email).toLowerCase();
    const messages: string[] = [];
    if (!email.safeParse(address).success) messages.push(address ? `"${address}" is not an e-mail address` : "the email column is empty");
    else if (seen.has(address)) messages.push(`${address} is already on line ${seen.get(address)}`);
    const componentIds = resolveComponents(list(cell(at.components)), components, messages);
    const groupNames = resolveGroups(list(cell(at.groups)), components, messages);
    if (messages.length > 0) {
      problems.push({ line, message: messages.join("; ") });
      continue;
    }
    seen.set(address, line);
    const whole = componentIds.length === 0 && groupNames.length === 0;
    rows.push({ line, email: address, componentIds: whole ? null : componentIds, groupNames: whole ? null : groupNames });
  }
  return { rows, problems };
}

const list = (cell: string) => [...new Set(cell.split(SEPARATOR).map((part) => part.trim()).filter(Boolean))];

function resolveComponents(wanted: string[], components: CsvComponent[], messages: string[]): string[] {
  return wanted.flatMap((token) => {
    const byId = components.find((c) => c.id === token.toLowerCase());
    if (byId) return [byId.id];
    const named = components.filter((c) => c.name.toLowerCase() === token.toLowerCase());
    if (named.length === 1) return [named[0]!.id];
    messages.push(named.length === 0 ? `no component "${token}" on this page` : `several components are named "${token}"; use the id of the one you mean`);
    return [];
  });
}

function resolveGroups(wanted: string[], components: CsvComponent[], messages: string[]): string[] {
  const groups = [...new Set(components.flatMap((c) => (c.groupName ? [c.groupName] : [])))];
  return wanted.flatMap((token) => {
    const group = groups.find((name) => name.toLowerCase() === token.toLowerCase());
    if (group) return [group];
    messages.push(`no group "${token}" on this page`);
    return [];
  });
}

function csvErrorMessage(code: string): string {
  if (code === "CSV_QUOTE_NOT_CLOSED") return "a quoted field is never closed";
  if (code.includes("QUOTE")) return "a quote is misplaced; put fields with quotes in double quotes and double the inner ones";
  return "this line is not valid CSV";
}
