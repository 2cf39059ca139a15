/** Writes a run's results into the generated block of BENCHMARKS.md, leaving the hand-written text alone. */
import * as fs from "node:fs";
import * as prettier from "prettier";
import { renderMarkdown, type Table } from "./table";
import type { Verdict } from "./verdict";

const BEGIN = "<!-- bench:results:begin (written by `npm run bench -- --report`; do not edit by hand) -->";
const END = "<!-- bench:results:end -->";

/** What one run measured, for the report. */
export interface RunReport {
  readonly command: string;
  readonly machine: ReadonlyArray<readonly [string, string]>;
  readonly durationMs: number;
  readonly tables: readonly Table[];
  readonly verdicts: readonly Verdict[];
}

/** Replaces the generated block of `file` (appends one when it has none) with `run`, formatted by Prettier. */
export async function writeReport(file: string, run: RunReport): Promise<void> {
  const block = [BEGIN, "", renderRun(run), "", END].join("\n");
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const next =
    begin >= 0 && end > begin
      ? text.slice(0, begin) + block + text.slice(end + END.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  // `npm test` runs `prettier --check .`, which covers this file.
  const config = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(next, { ...config, filepath: file }));
}

function renderRun(run: RunReport): string {
  return [
    "## Results of the last recorded run",
    "",
    `Command: \`${run.command}\` (took ${(run.durationMs / 60000).toFixed(1)} min)`,
    "",
    "| Machine | |",
    "| --- | --- |",
    ...run.machine.map(([label, value]) => `| ${label} | ${value} |`),
    "",
    "### Verdicts",
    "",
    "| Target | Outcome | Measured |",
    "| --- | --- | --- |",
    ...run.verdicts.map(
      (v) => `| ${v.target} | ${v.outcome === "NOT MET" ? "**NOT MET**" : v.outcome} | ${v.detail} |`,
    ),
    "",
    ...run.tables.flatMap((table) => [renderMarkdown(table), ""]),
  ]
    .join("\n")
    .trimEnd();
}
