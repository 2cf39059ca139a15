/** `mve-ha verify`: the guide's review checklist on every firewall given, in parallel, and the pair's Megaport products. */
import type { FirewallTarget } from "../../verify/types";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, exitCodeFor, UsageError } from "../exit-codes";
import { megaportConnection } from "../megaport-target";
import type { CliContext, ConnectionOptions } from "../session";
import { readPairOutputs, type PairOutputs } from "../stack-outputs";
import { reportFailure, withSession } from "./with-session";

export interface VerifyCommandOptions extends ConnectionOptions {
  /** Every --host given (undefined when none). */
  readonly host?: readonly string[];
  /** The stack outputs file: hosts and Megaport product UIDs from it (not with --host). */
  readonly outputs?: string;
  /** Which stack of a cdktf outputs file holding several pairs. */
  readonly outputsStack?: string;
  /** --report: write the HTML report here too. */
  readonly report?: string;
  /** --topology: the `<pair>.topology.json` synth wrote, drawn in the report. */
  readonly topology?: string;
}

/** The pair from --outputs, or undefined for --host; throws UsageError for a combination that cannot work. */
function pairFrom(options: VerifyCommandOptions): PairOutputs | undefined {
  if (options.outputs !== undefined && options.host !== undefined) {
    throw new UsageError("give either --outputs (both firewalls and the Megaport products) or --host, not both");
  }
  if (options.outputsStack !== undefined && options.outputs === undefined) {
    throw new UsageError("--outputs-stack chooses a stack of --outputs; give --outputs too");
  }
  return options.outputs !== undefined ? readPairOutputs(options.outputs, options.outputsStack) : undefined;
}

export function verifyCommand(options: VerifyCommandOptions, context: CliContext): Promise<number> {
  let pair: PairOutputs | undefined;
  try {
    pair = pairFrom(options);
  } catch (error) {
    return Promise.resolve(reportFailure(error, options.json, context));
  }
  const given = options.host ?? [];
  const twice = given.find((host, i) => given.indexOf(host) !== i);
  const hosts = pair ? [...pair.hosts] : [...given];
  if (hosts.length === 0 || twice !== undefined) {
    const error = new UsageError(
      twice !== undefined
        ? `--host ${twice} is given twice: give each firewall once (e.g. --host A --host B)`
        : "verify needs --host, once per firewall (e.g. --host A --host B), or --outputs FILE (the network stack's outputs)",
    );
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
    // Rejected credentials or an untrusted certificate fail the run as a usage error (exit 2), as documented.
    const refusals: unknown[] = [];
    const megaport = pair ? megaportConnection(pair.products, session, options, context) : undefined;
    const targets: FirewallTarget[] = hosts.map((host) => ({
      host,
      op: async (cmd: string) => {
        try {
          return await session.client(host).opRaw(cmd);
        } catch (error) {
          if (exitCodeFor(error) === EXIT_USAGE) refusals.push(error);
          throw error;
        }
      },
    }));
    const what = `verify ${hosts.join(" and ")}${megaport ? " and the Megaport products" : ""}`;
    try {
      const report = await session.progress.step(what, () => verifyPair(targets, { megaport: megaport?.target }));
      context.terminal.out(options.json ? JSON.stringify(report) : renderTable(report));
      if (options.report !== undefined) {
        await loadReport().writeReport(options.report, report, { topology, topologySource: options.topology });
        context.terminal.note(`report written to ${options.report}`);
      }
      if (refusals.length > 0) return EXIT_USAGE;
      return report.ok ? EXIT_OK : EXIT_FAILED;
    } finally {
      await megaport?.close();
    }
  });
}

/** The report module (and its Graphviz renderer) loads only for --report. */
function loadReport(): typeof import("../../report") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../../report") as typeof import("../../report");
}
