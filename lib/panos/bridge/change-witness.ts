import { Fn, type TerraformProvider, type TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { dataPanosZone } from "../../../.gen/providers/panos";

/** Props of a ChangeWitness. */
export interface ChangeWitnessProps {
  /** The stack's panos provider. */
  readonly provider: TerraformProvider;
  /** The zone the stack manages: the object read back. */
  readonly zoneName: string;
  /** The resources watched: every panos resource and bridge of the firewall's configuration. */
  readonly resources: readonly TerraformResource[];
}

/**
 * A value that is unknown in any plan where one of `resources` has a planned change, whatever the
 * action, and otherwise stays what it was.
 *
 * Why: the commit must follow every change of the candidate configuration, including changes the
 * model does not see (drift: a hand edit that the next apply reverts, an object deleted by hand
 * that it re-creates). Terraform's `replace_triggered_by` reacts to updates and replacements only,
 * not to creates or deletes, and the panos resources have no attribute that is unknown on a
 * create. A data source with `depends_on` is the one construct Terraform defers to apply time
 * whenever a dependency has any planned change: its computed attributes are then unknown, and so
 * is this digest. With no change pending it is read at plan time, where it returns the zone as the
 * firewall holds it: the same value as last time.
 *
 * The zone is read because the stack always manages it: without a pending change it exists.
 */
export class ChangeWitness extends Construct {
  /** SHA-256 of the read-back zone; unknown while any watched resource has a planned change. */
  public readonly digest: string;

  public constructor(scope: Construct, id: string, props: ChangeWitnessProps) {
    super(scope, id);
    const zone = new dataPanosZone.DataPanosZone(this, "zone", {
      provider: props.provider,
      location: { vsys: {} },
      name: props.zoneName,
      dependsOn: [...props.resources],
    });
    // The whole object: a deferred read leaves its configured attributes known, the rest unknown.
    this.digest = Fn.sha256(Fn.jsonencode(zone.fqn));
  }
}
