/** `mve-ha verify`: the guide's review checklist on every firewall given, in parallel. */
import type { FirewallTarget } from "../../verify/types";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../exit-codes";
import type { CliContext, ConnectionOptions } from "../session";
import { reportFailure, withSession } from "./with-session";

export interface VerifyCommandOptions extends ConnectionOptions {
  /** Every --host given (undefined when none). */
  readonly host?: readonly string[];
  /** --report: write the HTML report here too. */
  readonly report?: string;
  /** --topology: the `<pair>.topology.json` synth wrote, drawn in the report. */
  readonly topology?: string;
}

export function verifyCommand(options: VerifyCommandOptions, context: CliContext): Promise<number> {
  const hosts = [...new Set(options.host ?? [])];
  if (hosts.length === 0) {
    const error = new UsageError("verify needs --host, once per firewall (e.g. --host A --host B)");
    return Promise.resolve(reportFailure(error, options.json, context));
  }
  if (options.topology !== undefined && options.report === undefined) {
    return Promise.resolve(
      reportFailure(new UsageError("--topology is drawn by --report: give both"), options.json, context),
    );
  }
  let topology: import("../../topology/model").PairTopology | undefined;
  try {
    // Read before any firewall is asked: a wrong path should not cost a verify run.
    topology = options.topology === undefined ? undefined : loadReport().readTopology(options.topology);
  } catch (error) {
    return Promise.resolve(reportFailure(new UsageError((error as Error).message), options.json, context));
  }
  return withSession(hosts, options, context, async (session) => {
    // Loaded only by this command (require: see lib/cli/program.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { verifyPair, renderTable } = require("../../verify") as typeof import("../../verify");
    const targets: FirewallTarget[] = hosts.map((host) => ({
      host,
      op: (cmd: string) => session.client(host).opRaw(cmd),
    }));
    const report = await session.progress.step(`verify ${hosts.join(" and ")}`, () => verifyPair(targets));
    context.terminal.out(options.json ? JSON.stringify(report) : renderTable(report));
    if (options.report !== undefined) {
      await loadReport().writeReport(options.report, report, { topology, topologySource: options.topology });
      context.terminal.note(`report written to ${options.report}`);
    }
    return report.ok ? EXIT_OK : EXIT_FAILED;
  });
}

/** The report module (and its Graphviz renderer) loads only for --report. */
function loadReport(): typeof import("../../report") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../../report") as typeof import("../../report");
}
