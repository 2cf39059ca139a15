/**
 * `mve-ha commit --data-interface <name> --model-subinterfaces <names>`: the stack's commit leaves
 * the commit to the removal commit when the apply it runs in is removing one of the stack's
 * subinterfaces (lib/xmlapi/removal-in-progress.ts). That removal commit (`commit-on-removal[<name>]`,
 * a destroy-time provisioner in Terraform's state beside the subinterface) runs later in the same
 * apply, after the subinterface's deletion, and commits everything: one commit per firewall instead of two. Without the options
 * the command never defers.
 */
import type { PanosClient } from "../../xmlapi/client";
import { subinterfacesBeingRemoved, type SubinterfaceModel } from "../../xmlapi/removal-in-progress";
import { UsageError } from "../exit-codes";
import type { CliContext, Session } from "../session";

/** The options that enable the deferral. */
export interface DeferralOptions {
  /** The data-plane interface whose subinterfaces the stack manages, e.g. `ethernet1/1`. */
  readonly dataInterface?: string;
  /** The model's subinterfaces under it (comma-separated on the command line; may be empty). */
  readonly modelSubinterfaces?: readonly string[];
}

/** A commit left to the removal commit(s) that follow it. */
export interface Deferral {
  /** The subinterfaces being removed. */
  readonly removing: readonly string[];
  /** The Terraform resource instances whose destroy-time provisioner commits. */
  readonly committedBy: readonly string[];
}

/** The subinterface model the options describe; undefined without them (never defer). */
export function deferralModel(options: DeferralOptions): SubinterfaceModel | undefined {
  const { dataInterface, modelSubinterfaces } = options;
  if (dataInterface === undefined && modelSubinterfaces === undefined) return undefined;
  if (dataInterface === undefined || modelSubinterfaces === undefined) {
    throw new UsageError("--data-interface and --model-subinterfaces go together: give both or neither");
  }
  if (dataInterface.trim() === "") throw new UsageError("--data-interface: empty (expected e.g. ethernet1/1)");
  const foreign = modelSubinterfaces.filter((name) => !name.startsWith(`${dataInterface}.`));
  if (foreign.length > 0) {
    throw new UsageError(
      `--model-subinterfaces ${foreign.join(",")}: not a subinterface of --data-interface ${dataInterface} ` +
        `(expected ${dataInterface}.<unit>)`,
    );
  }
  return { dataInterface, subinterfaces: modelSubinterfaces };
}

/** Decides, as a progress step, whether the commit is left to a removal commit. */
export async function decideDeferral(
  session: Session,
  client: PanosClient,
  model: SubinterfaceModel,
): Promise<Deferral | undefined> {
  const removing = await session.progress.step(`look for a subinterface removal on ${client.host}`, () =>
    subinterfacesBeingRemoved(client, model),
  );
  if (removing.length === 0) return undefined;
  return { removing, committedBy: removing.map((name) => `commit-on-removal[${JSON.stringify(name)}]`) };
}

/** Prints a deferral (lines, or JSON with --json). */
export function printDeferral(host: string, deferral: Deferral, context: CliContext, json: boolean | undefined): void {
  if (json) {
    context.terminal.out(
      JSON.stringify({
        ok: true,
        host,
        commit: { result: "deferred", removing: deferral.removing, committedBy: deferral.committedBy },
      }),
    );
    return;
  }
  context.terminal.out(
    `${host}: commit deferred: this apply is removing ${deferral.removing.join(", ")}; ` +
      `${deferral.committedBy.join(", ")} commits after the deletion`,
  );
  context.terminal.out(
    `${host}: if this apply stops before that commit, none of its changes are committed: fix the cause and ` +
      "apply again, or run `mve-ha commit`; `mve-ha verify` reports them (config.pending)",
  );
}
