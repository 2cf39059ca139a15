/** `mve-ha verify`: the guide's review checklist on every firewall given, in parallel. */
import type { FirewallTarget } from "../../verify/types";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, exitCodeFor, UsageError } from "../exit-codes";
import type { CliContext, ConnectionOptions } from "../session";
import { reportFailure, withSession } from "./with-session";

export interface VerifyCommandOptions extends ConnectionOptions {
  /** Every --host given (undefined when none). */
  readonly host?: readonly string[];
}

export function verifyCommand(options: VerifyCommandOptions, context: CliContext): Promise<number> {
  const hosts = options.host ?? [];
  const twice = hosts.find((host, i) => hosts.indexOf(host) !== i);
  if (hosts.length === 0 || twice !== undefined) {
    const error = new UsageError(
      twice === undefined
        ? "verify needs --host, once per firewall (e.g. --host A --host B)"
        : `--host ${twice} is given twice: give each firewall once (e.g. --host A --host B)`,
    );
    return Promise.resolve(reportFailure(error, options.json, context));
  }
  return withSession(hosts, options, context, async (session) => {
    // Loaded only by this command (require: see lib/cli/program.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { verifyPair, renderTable } = require("../../verify") as typeof import("../../verify");
    // Rejected credentials or an untrusted certificate fail the run as a usage error (exit 2), as documented.
    const refusals: unknown[] = [];
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
    const report = await session.progress.step(`verify ${hosts.join(" and ")}`, () => verifyPair(targets));
    context.terminal.out(options.json ? JSON.stringify(report) : renderTable(report));
    if (refusals.length > 0) return EXIT_USAGE;
    return report.ok ? EXIT_OK : EXIT_FAILED;
  });
}
