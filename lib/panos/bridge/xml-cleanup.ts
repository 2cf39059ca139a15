import { TerraformIterator, type ITerraformDependable } from "cdktf";
import { TerraformData } from "../../core/terraform-data";
import type { Construct } from "constructs";
import type { XmlSpec } from "../../xmlspec/spec";
import type { ApiConnectionModel } from "../model/types";
import { cliInvocation, connectionInput } from "./cli-invocation";
import { resolveCli } from "./cli-program";
import { lifecycleOf } from "./lifecycle";

/** Props of an XmlCleanup. */
export interface XmlCleanupProps {
  /** The firewall's management API. */
  readonly api: ApiConnectionModel;
  /** The `mve-ha` command. @default - the bundled CLI, carried by the stack */
  readonly cli?: string;
  /** One undo spec per key (e.g. per imported interface); keys must be literals. */
  readonly undoSpecs: Readonly<Record<string, XmlSpec>>;
  /** Resources the cleanup must come after on create, and so before on destroy. @default - none */
  readonly dependsOn?: ITerraformDependable[];
  /**
   * Terraform `create_before_destroy`: a dropped key is then undone only after every resource that
   * depends on the block has been updated (e.g. the zone no longer names the interface). Terraform
   * also applies it to everything the block depends on.
   * @default false
   */
  readonly createBeforeDestroy?: boolean;
}

/**
 * Undo specs that run only when something is really removed. One `terraform_data` block with an
 * instance per key (`for_each`) whose only provisioner runs on destroy. Terraform runs destroy-time
 * provisioners only while the resource block is still in the configuration: a key dropped from
 * `for_each` (a removed connection) or a whole-stack destroy runs its undo; a resource block that
 * vanishes would not. It has no `triggers_replace`, so a changed connection updates it in place
 * and never undoes anything on the way.
 */
export class XmlCleanup extends TerraformData {
  public constructor(scope: Construct, id: string, props: XmlCleanupProps) {
    const each = TerraformIterator.fromMap(
      Object.fromEntries(Object.entries(props.undoSpecs).map(([key, undo]) => [key, { undo }])),
    );
    const cli = resolveCli(scope, props.cli);
    const destroy = cliInvocation(cli.program, "apply", props.api, "undo");
    super(scope, id, {
      forEach: each,
      input: { ...connectionInput(props.api), undo: each.getAny("undo") },
      dependsOn: props.dependsOn,
      lifecycle: lifecycleOf(props.createBeforeDestroy, cli.preconditions),
      provisioners: [
        {
          type: "local-exec",
          when: "destroy",
          command: destroy.command,
          environment: destroy.environment,
          interpreter: ["/bin/sh", "-c"],
        },
      ],
    });
  }
}
