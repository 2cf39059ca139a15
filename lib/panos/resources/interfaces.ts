import { TerraformIterator, type ITerraformDependable, type TerraformProvider } from "cdktf";
import { TerraformData } from "../../core/terraform-data";
import type { Construct } from "constructs";
import {
  ethernetInterface,
  ethernetLayer3Subinterface,
  interfaceManagementProfile,
} from "../../../.gen/providers/panos";
import { subinterfacesOf } from "../model/firewall-model";
import type { FirewallModel } from "../model/types";

/** The interface resources of one firewall. */
export interface FirewallInterfaces {
  /** ethernet1/1, layer3, the parent of the data-plane subinterfaces. */
  readonly data: ethernetInterface.EthernetInterface;
  /** ethernet1/2..4, type `ha`. */
  readonly haPorts: readonly ethernetInterface.EthernetInterface[];
  readonly managementProfile: interfaceManagementProfile.InterfaceManagementProfile;
  /** One layer3 subinterface per connection, in connection order. */
  readonly subinterfaces: readonly ethernetLayer3Subinterface.EthernetLayer3Subinterface[];
  /**
   * Each connection's VLAN (`for_each` keyed by connection name): a changed VLAN updates its
   * instance, which replaces that connection's subinterface.
   */
  readonly vlans: TerraformData;
}

/**
 * The `replace_triggered_by` reference to one connection's VLAN. The `output` attribute, not the
 * instance: a newly created instance (a new connection, or an upgrade that adds the block)
 * triggers nothing.
 */
function vlanTrigger(vlans: TerraformData, connection: string): string {
  return `${vlans.terraformResourceType}.${vlans.friendlyUniqueId}[${JSON.stringify(connection)}].output`;
}

/**
 * ethernet1/1 (layer3 with MTU), ethernet1/2..4 (type `ha`; which HA link each carries is set in
 * the HA spec), the ping-only management profile and one VLAN subinterface per connection (also
 * after `subinterfaceAfter`, the per-connection commit-on-removal).
 * Subinterfaces are `create_before_destroy`: a removed one is deleted only after the zone, the
 * router and the vsys import stopped naming it (PAN-OS refuses to delete a referenced interface).
 * Construct IDs are keyed by role and connection name: they are Terraform addresses.
 */
export function createInterfaces(
  scope: Construct,
  model: FirewallModel,
  provider: TerraformProvider,
  after: ITerraformDependable[],
  subinterfaceAfter: ITerraformDependable[],
): FirewallInterfaces {
  const location = { ngfw: {} };
  const data = new ethernetInterface.EthernetInterface(scope, "data-interface", {
    provider,
    location,
    name: model.dataInterface.name,
    comment: "Megaport data plane: parent of the VXC subinterfaces",
    // No address of its own: the tagged VXCs arrive on its subinterfaces.
    layer3: { mtu: model.dataInterface.mtu },
    dependsOn: after,
  });
  const haRoles = [
    ["ha1-backup-interface", model.haInterfaces.ha1Backup, "HA1 backup"],
    ["ha2-interface", model.haInterfaces.ha2, "HA2"],
    ["ha3-interface", model.haInterfaces.ha3, "HA3"],
  ] as const;
  const haPorts = haRoles.map(
    ([id, name, role]) =>
      new ethernetInterface.EthernetInterface(scope, id, {
        provider,
        location,
        name,
        comment: `Megaport ${role} VXC`,
        ha: {},
        dependsOn: after,
      }),
  );
  const managementProfile = new interfaceManagementProfile.InterfaceManagementProfile(scope, "management-profile", {
    provider,
    location,
    name: model.names.managementProfile,
    ping: true,
    dependsOn: after,
  });
  // A VLAN change would be a rename in place for panos 2.0.12 (the subinterface's name is
  // ethernet1/1.<vlan>); replacing it instead gives the order PAN-OS accepts, as for a removed
  // connection: create the new subinterface (create_before_destroy), repoint the zone, router and
  // vsys import, then delete the old one.
  const each = TerraformIterator.fromMap(Object.fromEntries(subinterfacesOf(model).map((c) => [c.name, c.vlan])));
  const vlans = new TerraformData(scope, "connection-vlan", { forEach: each, input: each.value, dependsOn: after });
  const subinterfaces = subinterfacesOf(model).map(
    (c) =>
      new ethernetLayer3Subinterface.EthernetLayer3Subinterface(scope, `subinterface-${c.name}`, {
        provider,
        location,
        parent: model.dataInterface.name,
        name: c.interfaceName,
        tag: c.vlan,
        ip: [{ name: c.address }],
        mtu: c.mtu,
        // No ping on the Internet-facing breakout: it answers nothing it was not told to.
        interfaceManagementProfile:
          c.interfaceName === model.internetBreakout?.interfaceName ? undefined : model.names.managementProfile,
        comment: `Megaport VXC ${c.name}`,
        dependsOn: [data, managementProfile, ...subinterfaceAfter],
        lifecycle: { createBeforeDestroy: true, replaceTriggeredBy: [vlanTrigger(vlans, c.name)] },
      }),
  );
  return { data, haPorts, managementProfile, subinterfaces, vlans };
}
