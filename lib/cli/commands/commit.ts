/** `mve-ha commit`: commit pending changes, follow the job, fail loudly on FAIL. */
import type { PanosClient } from "../../xmlapi/client";
import { commitPending, type CommitOutcome } from "../../xmlapi/commit";
import { EXIT_FAILED, EXIT_OK } from "../exit-codes";
import { commitJson, commitLines } from "../report";
import type { CliContext, ConnectionOptions, Session } from "../session";
import { decideDeferral, deferralModel, printDeferral, type DeferralOptions } from "./commit-deferral";
import { withSession } from "./with-session";

export interface CommitCommandOptions extends ConnectionOptions, DeferralOptions {
  readonly host: string;
}

/**
 * Commits as a progress step (shared by apply --commit and prepare). `ownChangesCommitted` tells,
 * after a lost commit answer, whether our own writes reached the running configuration.
 */
export function commitStep(
  session: Session,
  client: PanosClient,
  context: CliContext,
  ownChangesCommitted?: () => Promise<boolean>,
): Promise<CommitOutcome> {
  return session.progress.step(`commit on ${client.host}`, (update) =>
    commitPending(client, {
      deadline: session.deadline,
      poll: context.tuning.poll,
      ownAdmin: session.username,
      ownChangesCommitted,
      onProgress: update,
    }),
  );
}

/** Prints the outcome as lines (or nothing with --json); returns the exit code it stands for. */
export function printCommit(host: string, outcome: CommitOutcome, context: CliContext, json: boolean | undefined) {
  if (!json) for (const line of commitLines(host, outcome)) context.terminal.out(line);
  if (outcome.result === "FAIL") {
    context.terminal.error(`commit job ${outcome.job.id} on ${host} failed`);
    return EXIT_FAILED;
  }
  return EXIT_OK;
}

export function commitCommand(options: CommitCommandOptions, context: CliContext): Promise<number> {
  // Checked before a session starts: a usage error sends nothing, not even a key request.
  const model = deferralModel(options);
  return withSession([options.host], options, context, async (session) => {
    const client = session.client(options.host);
    const deferral = model && (await decideDeferral(session, client, model));
    if (deferral) {
      printDeferral(options.host, deferral, context, options.json);
      return EXIT_OK;
    }
    const outcome = await commitStep(session, client, context);
    const code = printCommit(options.host, outcome, context, options.json);
    if (options.json) {
      context.terminal.out(JSON.stringify({ ok: code === EXIT_OK, host: options.host, commit: commitJson(outcome) }));
    }
    return code;
  });
}
