/** MTU rules: data plane, management, jumbo frames (HA3) and parent/subinterface fit. */
import { isUnresolved } from "../../core/tokens";
import type { RuleIssue } from "../../core/validation-error";
import { MEGAPORT_VXC_MAX_MTU } from "../model/defaults";

/** Smallest layer3 MTU PAN-OS accepts. */
export const MIN_MTU = 576;
/** Largest MTU without jumbo frames. */
export const STANDARD_MTU = 1500;

function outside(value: number, min: number, max: number): boolean {
  return !Number.isInteger(value) || value < min || value > max;
}

/** A data-plane MTU: 576..9100, the Megaport VXC maximum. */
export function dataPlaneMtu(prop: string, value: number): RuleIssue | undefined {
  if (isUnresolved(value) || !outside(value, MIN_MTU, MEGAPORT_VXC_MAX_MTU)) return undefined;
  return {
    prop,
    value,
    problem: `must be an MTU from ${MIN_MTU} to ${MEGAPORT_VXC_MAX_MTU} (a Megaport VXC carries at most ${MEGAPORT_VXC_MAX_MTU})`,
    allowed: `${MIN_MTU}..${MEGAPORT_VXC_MAX_MTU}`,
    fix: `use ${STANDARD_MTU} unless both ends of the VXC are set for jumbo frames`,
  };
}

/** The management MTU: 576..1500, because jumbo frames must not reach the management interface. */
export function managementMtu(prop: string, value: number): RuleIssue | undefined {
  if (isUnresolved(value) || !outside(value, MIN_MTU, STANDARD_MTU)) return undefined;
  return {
    prop,
    value,
    problem: `must be an MTU from ${MIN_MTU} to ${STANDARD_MTU}: the management interface stays at standard frames when jumbo frames are on`,
    allowed: `${MIN_MTU}..${STANDARD_MTU}`,
    fix: `use ${STANDARD_MTU}, as the guide says`,
  };
}

/** The global jumbo-frame MTU: above 1500 (HA3 needs jumbo frames) and at most the VXC maximum. */
export function jumboFrameMtu(prop: string, value: number): RuleIssue | undefined {
  if (isUnresolved(value) || !outside(value, STANDARD_MTU + 1, MEGAPORT_VXC_MAX_MTU)) return undefined;
  const tooSmall = Number.isInteger(value) && value <= STANDARD_MTU;
  return {
    prop,
    value,
    problem: tooSmall
      ? "is not a jumbo MTU: HA3 forwards data-plane packets encapsulated, so it needs jumbo frames"
      : `must be at most ${MEGAPORT_VXC_MAX_MTU}: the HA3 VXC drops larger frames`,
    allowed: `${STANDARD_MTU + 1}..${MEGAPORT_VXC_MAX_MTU}`,
    fix: `leave it at the default ${MEGAPORT_VXC_MAX_MTU}`,
  };
}

/** A subinterface MTU must fit in its parent interface's MTU. */
export function mtuWithinParent(prop: string, value: number, parentMtu: number): RuleIssue | undefined {
  if (isUnresolved(value) || isUnresolved(parentMtu) || value <= parentMtu) return undefined;
  return {
    prop,
    value,
    problem: `is larger than the MTU of the parent interface ethernet1/1 (${parentMtu})`,
    allowed: `${MIN_MTU}..${parentMtu}`,
    fix: "lower the connection MTU or raise dataInterface.mtu",
  };
}
