import { type ITerraformDependable, type LocalExecProvisioner } from "cdktf";
import { TerraformData } from "../../core/terraform-data";
import type { Construct } from "constructs";
import type { XmlSpec } from "../../xmlspec/spec";
import type { ApiConnectionModel } from "../model/types";
import { cliInvocation, connectionInput } from "./cli-invocation";
import { fingerprint, fingerprintTriggers } from "./fingerprint";
import { planTimeSpecChecks } from "./plan-time-checks";

/** Props of an XmlBridge. */
export interface XmlBridgeProps {
  /** The firewall's management API. */
  readonly api: ApiConnectionModel;
  /** The `mve-ha` command. */
  readonly cli: string;
  /** `apply` for configuration specs, `prepare` for the device-preparation step. */
  readonly subcommand: "apply" | "prepare";
  /** What to write. */
  readonly spec: XmlSpec;
  /**
   * What to write when the resource is destroyed (also when a change replaces it), so that what the
   * spec added does not block the provider from deleting what it names.
   * @default - nothing is undone
   */
  readonly undoSpec?: XmlSpec;
  /** Resources that must exist first. @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A `terraform_data` that applies an XML spec with `mve-ha` from a `local-exec` provisioner: the
 * configuration no Terraform provider covers. Its `input` holds the connection and the spec (a
 * plan shows what changes); its `triggers_replace` is a fingerprint of both, so a change reruns
 * the provisioner once and an unchanged spec never does. Plan-time values in the spec are checked
 * by preconditions (see planTimeSpecChecks).
 */
export class XmlBridge extends TerraformData {
  /** The spec applied on create. */
  public readonly spec: XmlSpec;

  public constructor(scope: Construct, id: string, props: XmlBridgeProps) {
    const connection = connectionInput(props.api);
    const create = cliInvocation(props.cli, props.subcommand, props.api, "spec");
    const provisioners: LocalExecProvisioner[] = [
      { type: "local-exec", command: create.command, environment: create.environment, interpreter: ["/bin/sh", "-c"] },
    ];
    if (props.undoSpec) {
      const destroy = cliInvocation(props.cli, "apply", props.api, "undo");
      provisioners.push({
        type: "local-exec",
        when: "destroy",
        command: destroy.command,
        environment: destroy.environment,
        interpreter: ["/bin/sh", "-c"],
      });
    }
    const checks = planTimeSpecChecks([props.spec]);
    super(scope, id, {
      input: { ...connection, spec: props.spec, ...(props.undoSpec ? { undo: props.undoSpec } : {}) },
      triggersReplace: fingerprintTriggers(
        fingerprint({ host: connection.host, port: connection.port, protocol: connection.protocol, spec: props.spec }),
      ),
      dependsOn: props.dependsOn,
      provisioners,
      lifecycle: checks.length > 0 ? { precondition: checks } : undefined,
    });
    this.spec = props.spec;
  }
}
