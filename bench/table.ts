/** Plain-text tables with aligned columns, and the same rows as Markdown. */

/** A table: a header row and data rows of cells. Numbers are right-aligned. */
export interface Table {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  /** Lines printed under the table (method, counts, caveats). */
  readonly notes?: readonly string[];
}

const NUMERIC = /^[-+]?[\d.,]+( ?(ms|s|MB|×|%))?$|^n\/a$/;

/** The table as aligned plain text. */
export function renderText(table: Table): string {
  const widths = table.header.map((cell, column) =>
    Math.max(cell.length, ...table.rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column > 0 && NUMERIC.test(cell) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join("  ")
      .trimEnd();
  return [
    table.title,
    line(table.header),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...table.rows.map(line),
    ...(table.notes ?? []).map((note) => `  ${note}`),
  ].join("\n");
}

/** The table as Markdown (title as a heading of level 3). */
export function renderMarkdown(table: Table): string {
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  const alignment = table.header.map((_, column) =>
    column > 0 && table.rows.every((row) => NUMERIC.test(row[column] ?? "")) ? "---:" : "---",
  );
  return [
    `### ${table.title}`,
    "",
    `| ${table.header.map(escape).join(" | ")} |`,
    `| ${alignment.join(" | ")} |`,
    ...table.rows.map((row) => `| ${row.map(escape).join(" | ")} |`),
    ...(table.notes && table.notes.length > 0 ? ["", ...table.notes.map((note) => `- ${note}`)] : []),
  ].join("\n");
}
