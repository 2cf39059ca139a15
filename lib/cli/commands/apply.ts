/** `mve-ha apply`: apply an XML spec idempotently, optionally commit. */
import type { PanosClient } from "../../xmlapi/client";
import { ApplyFailedError } from "../device/apply-failed";
import { applySpec, runningHolds, type ApplyResult } from "../device/apply-spec";
import { EXIT_OK, exitCodeFor } from "../exit-codes";
import { commitJson, operationLine } from "../report";
import type { CliContext, ConnectionOptions } from "../session";
import { readSpec, type SpecSource } from "../spec-source";
import { commitStep, printCommit } from "./commit";
import { withSession } from "./with-session";

export interface ApplyCommandOptions extends ConnectionOptions, SpecSource {
  readonly host: string;
  readonly commit?: boolean;
}

/** Prints a failed apply: every operation's final state, the error, and the JSON document. */
function reportApplyFailure(
  error: ApplyFailedError,
  options: ApplyCommandOptions,
  spec: string,
  context: CliContext,
): number {
  const { terminal } = context;
  const code = exitCodeFor(error);
  if (!options.json) for (const result of error.operations) terminal.out(operationLine(result));
  terminal.error(error.message);
  if (options.json) {
    const json = {
      ok: false,
      host: options.host,
      spec,
      error: error.message,
      exitCode: code,
      operations: error.operations,
    };
    terminal.out(JSON.stringify(json));
  }
  return code;
}

/** After a lost commit answer: our writes count as committed once the running configuration holds them. */
function ownChangesCommitted(client: PanosClient, applied: ApplyResult): (() => Promise<boolean>) | undefined {
  return applied.written.length > 0 ? () => runningHolds(client, applied.written) : undefined;
}

export function applyCommand(options: ApplyCommandOptions, context: CliContext): Promise<number> {
  return withSession([options.host], options, context, async (session) => {
    const { terminal } = context;
    const spec = readSpec(options, context.env);
    const client = session.client(options.host);
    let applied: ApplyResult;
    try {
      applied = await session.progress.step(`apply spec ${spec.name} to ${options.host}`, (update) =>
        applySpec(client, spec, {
          ownAdmin: session.username,
          onOperation: (result) => {
            update(operationLine(result));
            if (!options.json) terminal.out(operationLine(result));
          },
          onNote: (message) => session.progress.note(message),
        }),
      );
    } catch (error) {
      if (error instanceof ApplyFailedError) return reportApplyFailure(error, options, spec.name, context);
      throw error;
    }
    if (!options.json) {
      terminal.out(
        `${options.host}: ${applied.changed} of ${applied.operations.length} operations changed (spec ${spec.name})`,
      );
    }
    let code = EXIT_OK;
    let commit: Record<string, unknown> | undefined;
    if (options.commit) {
      const outcome = await commitStep(session, client, context, ownChangesCommitted(client, applied));
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
