/** `mve-ha apply`: apply an XML spec idempotently, optionally commit. */
import { applySpec } from "../device/apply-spec";
import { EXIT_OK } from "../exit-codes";
import { commitJson, operationLine } from "../report";
import type { CliContext, ConnectionOptions } from "../session";
import { readSpec, type SpecSource } from "../spec-source";
import { commitStep, printCommit } from "./commit";
import { withSession } from "./with-session";

export interface ApplyCommandOptions extends ConnectionOptions, SpecSource {
  readonly host: string;
  readonly commit?: boolean;
}

export function applyCommand(options: ApplyCommandOptions, context: CliContext): Promise<number> {
  return withSession([options.host], options, context, async (session) => {
    const { terminal } = context;
    const spec = readSpec(options, context.env);
    const client = session.client(options.host);
    const applied = await session.progress.step(`apply spec ${spec.name} to ${options.host}`, (update) =>
      applySpec(client, spec, {
        ownAdmin: session.username,
        onOperation: (result) => {
          update(operationLine(result));
          if (!options.json) terminal.out(operationLine(result));
        },
        onNote: (message) => session.progress.note(message),
      }),
    );
    if (!options.json) {
      terminal.out(
        `${options.host}: ${applied.changed} of ${applied.operations.length} operations changed (spec ${spec.name})`,
      );
    }
    let code = EXIT_OK;
    let commit: Record<string, unknown> | undefined;
    if (options.commit) {
      const outcome = await commitStep(session, client, context);
      code = printCommit(options.host, outcome, context, options.json);
      commit = commitJson(outcome);
    }
    if (options.json) {
      const json = {
        ok: code === EXIT_OK,
        host: options.host,
        spec: spec.name,
        changed: applied.changed,
        operations: applied.operations,
        commit,
      };
      terminal.out(JSON.stringify(json));
    }
    return code;
  });
}
