import {
  TerraformIterator,
  type ITerraformDependable,
  type TerraformResource,
  type TerraformResourceLifecycle,
} from "cdktf";
import { TerraformData } from "../../core/terraform-data";
import type { Construct } from "constructs";
import type { ApiConnectionModel } from "../model/types";
import { cliInvocation, connectionInput, type CliInvocation, type CliProgram } from "./cli-invocation";
import { resolveCli } from "./cli-program";
import { lifecycleOf } from "./lifecycle";
import { fingerprint, fingerprintTriggers } from "./fingerprint";

/** Props of a FirewallCommit. */
export interface FirewallCommitProps {
  /** The firewall's management API. */
  readonly api: ApiConnectionModel;
  /** The `mve-ha` command. @default - the bundled CLI, carried by the stack */
  readonly cli?: string;
  /** Everything the firewall's configuration is made of; its fingerprint triggers the commit. */
  readonly model: unknown;
  /** Every resource of the firewall's configuration: the commit runs after all of them. */
  readonly dependsOn: ITerraformDependable[];
  /**
   * The configuration's resources (panos resources and bridges) whose planned change, of any
   * kind, must commit even when the model did not change (drift). @default - the model only
   */
  readonly changes?: ConfigurationChanges;
  /**
   * The data interface and the model's subinterfaces under it: `mve-ha commit` then leaves the
   * commit to the removal commit (`commit-on-removal[…]`) when the apply is removing one of the
   * stack's subinterfaces, so a VLAN change or a connection removal commits once per firewall.
   * @default - always commits
   */
  readonly subinterfaces?: ModelSubinterfaces;
}

/** What lives under the data interface in the model (see `mve-ha commit --model-subinterfaces`). */
export interface ModelSubinterfaces {
  /** The data-plane parent interface, e.g. `ethernet1/1`. */
  readonly dataInterface: string;
  /** The model's subinterfaces under it, in model order, e.g. `ethernet1/1.100`. */
  readonly names: readonly string[];
}

/** Environment variables of the deferral options (values from `self.input`, as every other value). */
const ENV_DATA_INTERFACE = "MVE_HA_DATA_INTERFACE";
const ENV_MODEL_SUBINTERFACES = "MVE_HA_MODEL_SUBINTERFACES";

/** The stack's commit command, with the deferral options when the model's subinterfaces are given. */
function stackCommitInvocation(
  program: CliProgram,
  api: ApiConnectionModel,
  subinterfaces: ModelSubinterfaces | undefined,
): CliInvocation {
  const run = cliInvocation(program, "commit", api);
  if (!subinterfaces) return run;
  return {
    command: `${run.command} --data-interface "$${ENV_DATA_INTERFACE}" --model-subinterfaces "$${ENV_MODEL_SUBINTERFACES}"`,
    environment: {
      ...run.environment,
      [ENV_DATA_INTERFACE]: "${self.input.data_interface}",
      [ENV_MODEL_SUBINTERFACES]: "${self.input.model_subinterfaces}",
    },
  };
}

/** What tells the commit that the candidate configuration is about to change without the model. */
export interface ConfigurationChanges {
  /** Their planned update or replacement replaces the commit (`replace_triggered_by`). */
  readonly resources: readonly TerraformResource[];
  /** A value unknown whenever any of them has a planned change of any kind (see ChangeWitness). */
  readonly witness: string;
}

/**
 * The one commit of a firewall's stack: a `terraform_data` after everything else, replaced (so its
 * provisioner runs once) when the candidate configuration is about to change:
 * - `triggers_replace.sha256`: the fingerprint of the whole firewall model, so any change of the
 *   model, deletions included (a deleted resource can no longer be referenced);
 * - `lifecycle.replace_triggered_by`: a planned update or replacement of a panos resource or
 *   bridge, e.g. the provider reverting a hand edit (drift) while the model stays the same;
 * - `triggers_replace.configuration`: the change witness, unknown whenever any of them has a
 *   planned change, creates included (an object deleted by hand, which the provider re-creates).
 * All of them in one plan still replace it once: one commit. No change, no commit. (`mve-ha
 * commit` itself commits only when PAN-OS has pending changes, and fails on a failed job.)
 * With `subinterfaces`, it commits nothing while the apply is removing one of the stack's
 * subinterfaces: that removal's `commit-on-removal` instance runs later in the same apply, after
 * the deletion (which Terraform can only run after this commit), and commits everything.
 */
export class FirewallCommit extends TerraformData {
  public constructor(scope: Construct, id: string, props: FirewallCommitProps) {
    const cli = resolveCli(scope, props.cli);
    const run = stackCommitInvocation(cli.program, props.api, props.subinterfaces);
    const deferral = props.subinterfaces && {
      data_interface: props.subinterfaces.dataInterface,
      model_subinterfaces: props.subinterfaces.names.join(","),
    };
    super(scope, id, {
      input: { ...connectionInput(props.api), ...deferral },
      triggersReplace: {
        ...fingerprintTriggers(fingerprint(props.model)),
        ...(props.changes ? { configuration: props.changes.witness } : {}),
      },
      dependsOn: props.dependsOn,
      lifecycle: withReplaceTriggers(lifecycleOf(false, cli.preconditions), props.changes?.resources),
      provisioners: [
        { type: "local-exec", command: run.command, environment: run.environment, interpreter: ["/bin/sh", "-c"] },
      ],
    });
  }
}

/**
 * Adds `replace_triggered_by` as bare addresses (`panos_zone.x`): cdktf would render a resource as
 * `${panos_zone.x}`, which Terraform 1.11 refuses in JSON ("Invalid character").
 */
function withReplaceTriggers(
  lifecycle: TerraformResourceLifecycle | undefined,
  resources: readonly TerraformResource[] | undefined,
): TerraformResourceLifecycle | undefined {
  if (!resources || resources.length === 0) return lifecycle;
  const addresses = resources.map((r) => `${r.terraformResourceType}.${r.friendlyUniqueId}`);
  return { ...lifecycle, replaceTriggeredBy: addresses };
}

/** Props of a CommitOnDestroy. */
export interface CommitOnDestroyProps {
  /** The firewall's management API. */
  readonly api: ApiConnectionModel;
  /** The `mve-ha` command. @default - the bundled CLI, carried by the stack */
  readonly cli?: string;
  /** Resources that must exist first (and so are destroyed after it). @default - none */
  readonly dependsOn?: ITerraformDependable[];
  /**
   * One instance per key (`for_each`), e.g. per connection: dropping a key commits after the
   * deletions that depended on the block.
   * @default - a single instance
   */
  readonly forEach?: readonly string[];
  /**
   * Terraform `create_before_destroy`: a dropped key then commits only after every resource that
   * depends on the block has been updated and the resources between them deleted.
   * @default false
   */
  readonly createBeforeDestroy?: boolean;
}

/**
 * A commit that runs when the resource is destroyed, and nothing on create. Resources that depend
 * on it are destroyed before it, so its commit comes after their deletions: the provider only
 * edits the candidate configuration, and a deletion Terraform runs after the stack's commit would
 * otherwise stay uncommitted. Used as the first resource of a firewall's stack (a destroy ends
 * with its commit) and, one instance per connection, under the subinterfaces (removing a
 * connection commits the subinterface's deletion). Terraform runs destroy-time provisioners only
 * while the resource block is in the configuration, hence `for_each` rather than a block per
 * connection.
 */
export class CommitOnDestroy extends TerraformData {
  public constructor(scope: Construct, id: string, props: CommitOnDestroyProps) {
    const cli = resolveCli(scope, props.cli);
    const run = cliInvocation(cli.program, "commit", props.api);
    super(scope, id, {
      input: connectionInput(props.api),
      dependsOn: props.dependsOn,
      forEach: props.forEach ? TerraformIterator.fromList([...props.forEach]) : undefined,
      lifecycle: lifecycleOf(props.createBeforeDestroy, cli.preconditions),
      provisioners: [
        {
          type: "local-exec",
          when: "destroy",
          command: run.command,
          environment: run.environment,
          interpreter: ["/bin/sh", "-c"],
        },
      ],
    });
  }
}
