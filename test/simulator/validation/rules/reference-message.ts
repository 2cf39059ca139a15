/**
 * The PAN-OS message for a reference to an object that does not exist or is not allowed there.
 * Captured in terraform-provider-panos issue #539 (a zone naming a subinterface vsys1 does not import):
 * `IPV6-TEST -> network -> layer3 'ae1.322' is not a valid reference`, then
 * `IPV6-TEST -> network -> layer3 is invalid`; pan-os-ansible issues #238 and #293 show the same
 * `layer3 '<name>' is not a valid reference` for zones and virtual routers.
 */
export function notAValidReference(name: string): string {
  return `'${name}' is not a valid reference`;
}
