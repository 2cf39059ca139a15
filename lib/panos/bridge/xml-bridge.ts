import type { ITerraformDependable } from "cdktf";
import { TerraformData } from "../../core/terraform-data";
import type { Construct } from "constructs";
import type { XmlSpec } from "../../xmlspec/spec";
import type { ApiConnectionModel } from "../model/types";
import { cliInvocation, connectionInput } from "./cli-invocation";
import { resolveCli } from "./cli-program";
import { fingerprint, fingerprintTriggers } from "./fingerprint";
import { planTimeSpecChecks, refuseRawExpressions } from "./plan-time-checks";

/** Props of an XmlBridge. */
export interface XmlBridgeProps {
  /** The firewall's management API. */
  readonly api: ApiConnectionModel;
  /** The `mve-ha` command. @default - the bundled CLI, carried by the stack */
  readonly cli?: string;
  /** `apply` for configuration specs, `prepare` for the device-preparation step. */
  readonly subcommand: "apply" | "prepare";
  /** What to write. */
  readonly spec: XmlSpec;
  /** Resources that must exist first. @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A `terraform_data` that applies an XML spec with `mve-ha` from a `local-exec` provisioner: the
 * configuration no Terraform provider covers. Its `input` holds the connection and the spec (a
 * plan shows what changes); its `triggers_replace` is a fingerprint of both, so a change reruns
 * the provisioner once and an unchanged spec never does. Plan-time values in the spec are checked
 * by preconditions (see planTimeSpecChecks). It never undoes anything: a change replaces it, and a
 * destroy-time undo would then run on every change (pair it with an XmlCleanup instead).
 */
export class XmlBridge extends TerraformData {
  /** The spec applied on create. */
  public readonly spec: XmlSpec;

  public constructor(scope: Construct, id: string, props: XmlBridgeProps) {
    refuseRawExpressions(`${scope.node.path}/${id}`, props.spec);
    const connection = connectionInput(props.api);
    const cli = resolveCli(scope, props.cli);
    const create = cliInvocation(cli.program, props.subcommand, props.api, "spec");
    const checks = [...cli.preconditions, ...planTimeSpecChecks([props.spec])];
    super(scope, id, {
      input: { ...connection, spec: props.spec },
      triggersReplace: fingerprintTriggers(
        fingerprint({ host: connection.host, port: connection.port, protocol: connection.protocol, spec: props.spec }),
      ),
      dependsOn: props.dependsOn,
      provisioners: [
        {
          type: "local-exec",
          command: create.command,
          environment: create.environment,
          interpreter: ["/bin/sh", "-c"],
        },
      ],
      lifecycle: checks.length > 0 ? { precondition: checks } : undefined,
    });
    this.spec = props.spec;
  }
}
