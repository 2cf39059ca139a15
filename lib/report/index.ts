/**
 * `mve-ha verify --report FILE`: the verify report as one self-contained HTML page with the pair's
 * diagram coloured by the checks. See statuses.ts for what colours what, topology-source.ts for
 * where the diagram comes from.
 */
import * as fs from "node:fs";
import { topologyDot } from "../topology/dot";
import type { PairTopology } from "../topology/model";
import { renderSvg } from "../topology/render";
import { reportHtml } from "./html";
import { elementStatuses, type ReportInput } from "./statuses";
import { elementNames, topologyFromReport } from "./topology-source";

export { reportHtml, type ReportPage } from "./html";
export { elementStatuses, hostsOfFirewalls, namesIn, type ReportInput } from "./statuses";
export { readTopology, topologyFromReport, topologyProblem, TopologyFileError, elementNames } from "./topology-source";

/** Options of `reportPage`. */
export interface ReportOptions {
  /** The pair's topology (from `--topology`). @default - topologyFromReport(report) */
  readonly topology?: PairTopology;
  /** Shown as where the topology came from. @default - "the checks (no --topology given)" */
  readonly topologySource?: string;
  /** When the checks ran. @default - now */
  readonly generatedAt?: Date;
}

/** The report page's HTML. */
export async function reportPage(report: ReportInput, options: ReportOptions = {}): Promise<string> {
  const topology = options.topology ?? topologyFromReport(report);
  const statuses = elementStatuses(report, topology);
  const svg = await renderSvg(topologyDot(topology, statuses));
  return reportHtml({
    report,
    svg,
    statuses,
    elementNames: elementNames(topology),
    topologySource: options.topologySource ?? "the checks (no --topology given)",
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
  });
}

/** Writes the report page to `file`. */
export async function writeReport(file: string, report: ReportInput, options: ReportOptions = {}): Promise<void> {
  fs.writeFileSync(file, await reportPage(report, options));
}
