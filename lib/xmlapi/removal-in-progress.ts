/**
 * Is an apply removing one of the stack's own subinterfaces right now? The evidence
 * `mve-ha commit --data-interface … --model-subinterfaces …` needs before it leaves its commit to
 * the removal's own commit (`commit-on-removal[…]`), so that a VLAN change or a connection removal
 * commits once per firewall.
 *
 * Terraform deletes a removed subinterface (create_before_destroy) only after the stack's commit,
 * and PAN-OS refuses to delete it earlier, while the zone and router still name it. So during the
 * stack's commit a subinterface being removed by us looks like this, and nothing else does:
 * - it is under the data interface in the candidate configuration, but not in the model;
 * - it carries our comment (`Megaport VXC <connection>`): Terraform created it;
 * - the RUNNING configuration's zone or virtual router names it: it was committed as ours;
 * - the CANDIDATE's zones and virtual routers no longer name it: the apply moved them off it.
 * A subinterface made by hand fails one of these, and so is never a reason to defer: deferring
 * with no removal commit to follow would leave the apply's changes uncommitted.
 *
 * An answer whose shape is not the one these readers know is an error, never "no evidence" and
 * never "evidence": either way the command stops before committing or deferring.
 */
import type { XmlElement } from "../xmlspec/xml";
import { DEVICE_ROOT, VSYS1_ROOT, entryXpath } from "../xmlspec/xpath";
import type { PanosClient } from "./client";
import { UnexpectedAnswerError } from "./errors";

/** The comment the constructs give each connection's subinterface (lib/panos/resources/interfaces.ts). */
const OWN_COMMENT = /^Megaport VXC \S/;

/** True when `comment` is the one the constructs write on a connection's subinterface. */
export function isOwnSubinterfaceComment(comment: string | undefined): boolean {
  return comment !== undefined && OWN_COMMENT.test(comment);
}

/** What the stack's model says lives under its data interface. */
export interface SubinterfaceModel {
  /** The data-plane parent interface, e.g. `ethernet1/1`. */
  readonly dataInterface: string;
  /** The model's subinterfaces under it, e.g. `ethernet1/1.150`. */
  readonly subinterfaces: readonly string[];
}

/** The configuration facts the decision is made from, as read from the device. */
export interface RemovalFacts {
  /** Candidate `…/ethernet/entry[@name=<data>]/layer3/units`; undefined when there is none. */
  readonly candidateUnits: XmlElement | undefined;
  /** Candidate and running `vsys1/zone` and `network/virtual-router`; undefined when absent. */
  readonly candidateZones: XmlElement | undefined;
  readonly candidateRouters: XmlElement | undefined;
  readonly runningZones: XmlElement | undefined;
  readonly runningRouters: XmlElement | undefined;
}

const ZONES = `${VSYS1_ROOT}/zone`;
const ROUTERS = `${DEVICE_ROOT}/network/virtual-router`;

function unitsXpath(dataInterface: string): string {
  return `${entryXpath(`${DEVICE_ROOT}/network/interface/ethernet`, dataInterface)}/layer3/units`;
}

/**
 * The model's subinterfaces an apply is removing (see the file comment), in the device's order;
 * empty when there is none. Reads the candidate's units first and nothing more when no unit of ours
 * is outside the model (a first deploy, a drift correction): one request in the common case.
 */
export async function subinterfacesBeingRemoved(client: PanosClient, model: SubinterfaceModel): Promise<string[]> {
  try {
    const candidateUnits = await client.get(unitsXpath(model.dataInterface));
    if (ownLeftovers(candidateUnits, model).length === 0) return [];
    return removalsIn(
      {
        candidateUnits,
        candidateZones: await client.get(ZONES),
        candidateRouters: await client.get(ROUTERS),
        runningZones: await client.show(ZONES),
        runningRouters: await client.show(ROUTERS),
      },
      model,
    );
  } catch (error) {
    if (!(error instanceof UnexpectedAnswerError)) throw error;
    throw new UnexpectedAnswerError(
      `cannot tell whether a subinterface removal is in progress on ${client.host} (${error.message}): ` +
        "neither committing nor deferring",
      { cause: error },
    );
  }
}

/** The decision itself, on facts already read. */
export function removalsIn(facts: RemovalFacts, model: SubinterfaceModel): string[] {
  const leftovers = ownLeftovers(facts.candidateUnits, model);
  if (leftovers.length === 0) return [];
  const running = new Set([...zoneInterfaces(facts.runningZones), ...routerInterfaces(facts.runningRouters)]);
  const candidate = new Set([...zoneInterfaces(facts.candidateZones), ...routerInterfaces(facts.candidateRouters)]);
  return leftovers.filter((name) => running.has(name) && !candidate.has(name));
}

/** Units under the data interface that carry our comment and are not in the model. */
function ownLeftovers(units: XmlElement | undefined, model: SubinterfaceModel): string[] {
  const inModel = new Set(model.subinterfaces);
  return namedEntries(units, "units")
    .filter((unit) => !inModel.has(unit.attributes.name))
    .filter((unit) => isOwnSubinterfaceComment(textChild(unit, "comment")))
    .map((unit) => unit.attributes.name);
}

/** The zone types whose `network/<type>` is the list of the zone's interfaces. */
const ZONE_INTERFACE_LISTS = new Set(["layer3", "layer2", "virtual-wire", "tap", "tunnel"]);

/** Every interface the zones name (`entry/network/<type>/member`). */
function zoneInterfaces(zones: XmlElement | undefined): string[] {
  return namedEntries(zones, "zone").flatMap((zone) => {
    const network = zone.children.find((c) => c.name === "network");
    // `network` also holds settings (zone-protection-profile, log-setting, …): only the lists name interfaces.
    const lists = (network?.children ?? []).filter((c) => ZONE_INTERFACE_LISTS.has(c.name));
    return lists.flatMap((list) => membersOf(list, `zone ${zone.attributes.name}`));
  });
}

/** Every interface the virtual routers name (`entry/interface/member`). */
function routerInterfaces(routers: XmlElement | undefined): string[] {
  return namedEntries(routers, "virtual-router").flatMap((router) => {
    const list = router.children.find((c) => c.name === "interface");
    return list ? membersOf(list, `virtual router ${router.attributes.name}`) : [];
  });
}

/** The `entry` children of a list node, each with a name; anything else is an unknown answer. */
function namedEntries(list: XmlElement | undefined, expected: string): XmlElement[] {
  if (list === undefined) return [];
  if (list.name !== expected) throw new UnexpectedAnswerError(`expected <${expected}>, got <${list.name}>`);
  return list.children.map((child) => {
    if (child.name !== "entry" || !child.attributes.name) {
      throw new UnexpectedAnswerError(`<${expected}> holds <${child.name}> where a named <entry> belongs`);
    }
    return child;
  });
}

/** The `member` texts of a PAN-OS string list; anything else is an unknown answer. */
function membersOf(list: XmlElement, where: string): string[] {
  return list.children.map((member) => {
    if (member.name !== "member" || member.text === undefined) {
      throw new UnexpectedAnswerError(`${where}: <${list.name}> holds <${member.name}> where a <member> belongs`);
    }
    return member.text;
  });
}

function textChild(element: XmlElement, name: string): string | undefined {
  return element.children.find((c) => c.name === name)?.text;
}
