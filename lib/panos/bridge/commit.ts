import { TerraformIterator, type ITerraformDependable } from "cdktf";
import { TerraformData } from "../../core/terraform-data";
import type { Construct } from "constructs";
import type { ApiConnectionModel } from "../model/types";
import { cliInvocation, connectionInput } from "./cli-invocation";
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
}

/**
 * The one commit of a firewall's stack: a `terraform_data` after everything else, whose
 * `triggers_replace` is a fingerprint of the whole firewall model. Any change to the model
 * replaces it and commits exactly once; an unchanged model never commits. (`mve-ha commit` itself
 * commits only when PAN-OS has pending changes, and fails on a failed job.)
 */
export class FirewallCommit extends TerraformData {
  public constructor(scope: Construct, id: string, props: FirewallCommitProps) {
    const cli = resolveCli(scope, props.cli);
    const run = cliInvocation(cli.program, "commit", props.api);
    super(scope, id, {
      input: connectionInput(props.api),
      triggersReplace: fingerprintTriggers(fingerprint(props.model)),
      dependsOn: props.dependsOn,
      lifecycle: lifecycleOf(false, cli.preconditions),
      provisioners: [
        { type: "local-exec", command: run.command, environment: run.environment, interpreter: ["/bin/sh", "-c"] },
      ],
    });
  }
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
