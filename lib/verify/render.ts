/** The report for people (a table that fits 80 columns) and for machines (JSON of exactly the report shape). */
import { CHECK_IDS, type CheckStatus, type VerifyReport } from "./types";

/** Options of `renderTable`. */
export interface TableOptions {
  /** Total width in columns. @default 80 */
  readonly width?: number;
  /** Colour the status column with ANSI codes (only when asked, e.g. on a terminal). @default false */
  readonly color?: boolean;
}

const INDENT = "  ";
const GAP = "  ";
const ID_WIDTH = Math.max("CHECK".length, ...CHECK_IDS.map((id) => id.length));
const STATUS_WIDTH = Math.max("STATUS".length, "ERROR".length);
const MIN_DETAIL_WIDTH = 20;
const STATUS_COLOURS: Readonly<Record<CheckStatus, string>> = {
  pass: "\u001b[32m",
  fail: "\u001b[31m",
  error: "\u001b[35m",
  skip: "\u001b[33m",
};
const RESET = "\u001b[0m";
/** Characters that can rewrite what a terminal shows: C0/C1 controls, DEL, bidi marks and overrides, line separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same set minus C0 controls, which JSON.stringify escapes itself. */
const INVISIBLE = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Renders the report as a table: one block per firewall (check, status, detail), then the verdict.
 * An error shared by several checks (a firewall that stopped answering, refused credentials) is
 * printed once, naming the checks it stopped; when it stopped them all, as one line under the host.
 */
export function renderTable(report: VerifyReport, options: TableOptions = {}): string {
  const width = options.width ?? 80;
  const prefix = INDENT.length + ID_WIDTH + GAP.length + STATUS_WIDTH + GAP.length;
  const detailWidth = Math.max(MIN_DETAIL_WIDTH, width - prefix);
  const colour = (status: CheckStatus, text: string) =>
    options.color ? `${STATUS_COLOURS[status]}${text}${RESET}` : text;
  const lines: string[] = [];
  const blocks = [
    ...report.firewalls.map((f) => ({ title: printable(f.host), checks: f.checks })),
    ...(report.megaport ? [{ title: "Megaport", checks: report.megaport.checks }] : []),
  ];
  for (const firewall of blocks) {
    lines.push(...wrap(`${firewall.title}: ${tally(firewall.checks.map((c) => c.status))}`, width));
    const rows = tableRows(firewall.checks);
    const [only] = rows;
    if (rows.length === 1 && only.ids.length > 1) {
      const text = `${colour("error", "ERROR")} for all ${only.ids.length} checks: ${printable(only.detail)}`;
      lines.push(...indented(text, width, INDENT, `${INDENT}${INDENT}`));
      lines.push("");
      continue;
    }
    lines.push(`${INDENT}${"CHECK".padEnd(ID_WIDTH)}${GAP}${"STATUS".padEnd(STATUS_WIDTH)}${GAP}DETAIL`.trimEnd());
    for (const row of rows) {
      const label = row.ids.length > 1 ? `${row.ids.length} checks` : row.ids[0];
      const detail = row.ids.length > 1 ? `${row.detail} (${listIds(row.ids)})` : row.detail;
      const status = colour(row.status, row.status.toUpperCase().padEnd(STATUS_WIDTH));
      const [first, ...rest] = wrap(printable(detail), detailWidth);
      lines.push(`${INDENT}${label.padEnd(ID_WIDTH)}${GAP}${status}${GAP}${first}`.trimEnd());
      for (const more of rest) lines.push(`${" ".repeat(prefix)}${more}`);
    }
    lines.push("");
  }
  const all = blocks.flatMap((f) => f.checks.map((c) => c.status));
  lines.push(report.ok ? `Result: OK (${tally(all)})` : `Result: NOT OK (${tally(all)})`);
  return lines.join("\n");
}

/** One table row: a check, or several errors with the same detail (at the first one's place). */
interface TableRow {
  readonly ids: readonly string[];
  readonly status: CheckStatus;
  readonly detail: string;
}

function tableRows(checks: VerifyReport["firewalls"][number]["checks"]): TableRow[] {
  const rows: Array<{ ids: string[]; status: CheckStatus; detail: string }> = [];
  for (const check of checks) {
    const same =
      check.status === "error" ? rows.find((r) => r.status === "error" && r.detail === check.detail) : undefined;
    if (same) same.ids.push(check.id);
    else rows.push({ ids: [check.id], status: check.status, detail: check.detail });
  }
  return rows;
}

function listIds(ids: readonly string[]): string {
  return ids.length <= 2 ? ids.join(" and ") : `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
}

/** Wraps `text` to `width` with a first-line and a continuation indent. */
function indented(text: string, width: number, first: string, more: string): string[] {
  return wrap(text, width - more.length).map((line, i) => `${i === 0 ? first : more}${line}`);
}

/** Renders exactly `{"ok", "firewalls": [{"host", "checks": [{"id", "status", "detail"}]}], "megaport"?: {"checks"}}`. */
export function renderJson(report: VerifyReport): string {
  const shape = {
    ok: report.ok,
    firewalls: report.firewalls.map((f) => ({
      host: f.host,
      checks: f.checks.map((c) => ({ id: c.id, status: c.status, detail: c.detail })),
    })),
    ...(report.megaport
      ? { megaport: { checks: report.megaport.checks.map((c) => ({ id: c.id, status: c.status, detail: c.detail })) } }
      : {}),
  };
  // JSON.stringify leaves DEL, C1 controls and bidi overrides raw; \u escapes keep the same values.
  return JSON.stringify(shape, null, 2).replace(
    INVISIBLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function tally(statuses: readonly CheckStatus[]): string {
  const order: CheckStatus[] = ["fail", "error", "skip", "pass"];
  const parts = order.flatMap((s) => {
    const n = statuses.filter((x) => x === s).length;
    return n > 0 ? [`${n} ${s}`] : [];
  });
  return parts.length > 0 ? parts.join(", ") : "no checks";
}

/**
 * Makes device-supplied text safe to print: control characters (which could move the cursor or
 * recolour a terminal) and bidirectional overrides become visible escapes.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** Word-wraps to `width` columns, splitting words longer than a line. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter((w) => w !== "")) {
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
      line = "";
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
