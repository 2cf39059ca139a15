/**
 * ManagementPrivateVxc alone: the VXC on the MVE's management vNIC to a product by UID, with the
 * given addressing; and the vNIC fact the switch from Megaport Internet depends on (one untagged
 * VXC per vNIC, so the two management paths cannot share an MVE).
 */
import { ManagementInternet, ManagementPrivateVxc, type ManagementPrivateVxcProps } from "../../lib/megaport";
import { ValidationError } from "../../lib/core/validation-error";
import { Template } from "../helpers/template";
import { mvePair, newStack } from "./fixtures";

const ADDRESS = { ip: "10.20.0.10", prefixLength: 24, gateway: "10.20.0.1" };

function build(overrides: Partial<ManagementPrivateVxcProps> = {}) {
  const stack = newStack();
  const [mve] = mvePair(stack);
  const mgmt = new ManagementPrivateVxc(stack, "mgmt", {
    mve,
    productUid: "port-uid",
    vlan: 300,
    managementAddress: ADDRESS,
    ...overrides,
  });
  return { stack, mve, mgmt };
}

test("vNIC 0 untagged to the product, tagged at the far end; the address is the one given", () => {
  const { stack, mgmt } = build();
  const link = Template.synth(stack).resourceList("megaport_vxc")[0];
  expect(link.a_end).toEqual({
    requested_product_uid: expect.stringContaining("megaport_mve.mve-0"),
    vnic_index: 0,
    inner_vlan: -1,
  });
  expect(link.b_end).toEqual({ requested_product_uid: "port-uid", ordered_vlan: 300 });
  expect(link.b_end_partner_config).toBeUndefined();
  expect(link.product_name).toBe("fw-0 management");
  expect(link.lifecycle.prevent_destroy).toBe(true);
  expect([mgmt.kind, mgmt.managementIp, mgmt.managementPrefixLength, mgmt.managementGateway]).toEqual([
    "private-vxc",
    "10.20.0.10",
    24,
    "10.20.0.1",
  ]);
});

test("an untagged far end is ordered_vlan -1; an MVE far end takes vnic_index and inner_vlan", () => {
  const untagged = build({ vlan: "untagged" });
  expect(Template.synth(untagged.stack).resourceList("megaport_vxc")[0].b_end).toEqual({
    requested_product_uid: "port-uid",
    ordered_vlan: -1,
  });
  const mve = build({ vlan: "untagged", vnicIndex: 1 });
  expect(Template.synth(mve.stack).resourceList("megaport_vxc")[0].b_end).toEqual({
    requested_product_uid: "port-uid",
    vnic_index: 1,
    inner_vlan: -1,
  });
});

test("the management vNIC takes one of the two paths: Megaport Internet beside it is refused", () => {
  const { stack, mve } = build();
  let error: unknown;
  try {
    new ManagementInternet(stack, "internet", { mve });
  } catch (e) {
    error = e;
  }
  expect(ValidationError.isValidationError(error)).toBe(true);
  expect((error as ValidationError).issues[0].problem).toContain("already carries the untagged VXC");
});

function propsNamed(overrides: Partial<ManagementPrivateVxcProps>): string[] {
  try {
    build(overrides);
  } catch (e) {
    if (ValidationError.isValidationError(e)) return e.issues.map((i) => i.prop).sort();
    throw e;
  }
  throw new Error("expected a ValidationError");
}

test("bad props: each named, all at once", () => {
  expect(
    propsNamed({ productUid: " ", vlan: 1, vnicIndex: 5, managementAddress: { ...ADDRESS, prefixLength: 33 } }),
  ).toEqual(["managementAddress.prefixLength", "productUid", "vlan", "vnicIndex"]);
  expect(propsNamed({ managementAddress: { ip: "10.20.0.300", prefixLength: 24, gateway: "gw" } })).toEqual([
    "managementAddress.gateway",
    "managementAddress.ip",
  ]);
});
