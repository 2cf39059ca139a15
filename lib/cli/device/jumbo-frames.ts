/** Jumbo-frame mode: what a spec asks for, and what the device runs with (it changes only at boot). */
import type { XmlOperation, XmlSpec } from "../../xmlspec/spec";
import { parseXml, type XmlElement } from "../../xmlspec/xml";
import type { PanosClient } from "../../xmlapi/client";
import { PanosError } from "../../xmlapi/errors";

/** The jumbo-frame setting, its XPath without predicates. */
const JUMBO_PATH = "/config/devices/entry/deviceconfig/setting/jumbo-frame";

function withoutPredicates(xpath: string): string {
  return xpath.replace(/\[\s*@name\s*=\s*(?:'[^']*'|"[^"]*")\s*\]/g, "");
}

function holds(elements: readonly XmlElement[], base: string, target: string): boolean {
  return elements.some((e) => {
    const here = `${base}/${e.name}`;
    return here === target || (target.startsWith(`${here}/`) && holds(e.children, here, target));
  });
}

function effect(op: XmlOperation): boolean | undefined {
  const xpath = withoutPredicates(op.xpath);
  // Writing inside the setting (e.g. its mtu) implies it exists; deleting inside it does not remove it.
  if (xpath.startsWith(`${JUMBO_PATH}/`)) return op.action === "delete" ? undefined : true;
  const touches = xpath === JUMBO_PATH || JUMBO_PATH.startsWith(`${xpath}/`);
  if (!touches) return undefined;
  if (op.action === "delete") return false;
  const elements = parseXml(op.element ?? "");
  if (op.action === "edit") return holds(elements, xpath.slice(0, xpath.lastIndexOf("/")), JUMBO_PATH);
  // set merges: it can add the setting but never removes it.
  return xpath === JUMBO_PATH || holds(elements, xpath, JUMBO_PATH) ? true : undefined;
}

/** True when the spec turns jumbo frames on, false when it turns them off, undefined when it leaves them. */
export function desiredJumboFrames(spec: XmlSpec): boolean | undefined {
  let desired: boolean | undefined;
  for (const op of spec.operations) desired = effect(op) ?? desired;
  return desired;
}

/** The mode in effect (`show system setting jumbo-frame`). */
export async function jumboFrameMode(client: PanosClient): Promise<boolean> {
  const answer = (await client.opText("<show><system><setting><jumbo-frame/></setting></system></show>")).toLowerCase();
  if (answer === "on" || answer === "yes") return true;
  if (answer === "off" || answer === "no") return false;
  throw new PanosError(`${client.host} answered show system setting jumbo-frame with ${JSON.stringify(answer)}`);
}
