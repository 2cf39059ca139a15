import { DataResource, type ITerraformDependable } from "cdktf";
import type { Construct } from "constructs";
import type { ApiConnectionModel } from "../model/types";
import { cliInvocation, connectionInput } from "./cli-invocation";
import { fingerprint, fingerprintTriggers } from "./fingerprint";

/** Props of a FirewallCommit. */
export interface FirewallCommitProps {
  /** The firewall's management API. */
  readonly api: ApiConnectionModel;
  /** The `mve-ha` command. */
  readonly cli: string;
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
export class FirewallCommit extends DataResource {
  public constructor(scope: Construct, id: string, props: FirewallCommitProps) {
    const run = cliInvocation(props.cli, "commit", props.api);
    super(scope, id, {
      input: connectionInput(props.api),
      triggersReplace: fingerprintTriggers(fingerprint(props.model)),
      dependsOn: props.dependsOn,
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
  /** The `mve-ha` command. */
  readonly cli: string;
}

/**
 * The first resource of a firewall's stack, which every other resource depends on, so Terraform
 * destroys it last: its destroy-time provisioner commits the deletions the provider and the undo
 * specs made (the provider only edits the candidate configuration). It does nothing on create.
 */
export class CommitOnDestroy extends DataResource {
  public constructor(scope: Construct, id: string, props: CommitOnDestroyProps) {
    const run = cliInvocation(props.cli, "commit", props.api);
    super(scope, id, {
      input: connectionInput(props.api),
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
