/**
 * Jumbo-frame mode: what a spec asks for, what the device runs with, and the operational command
 * that switches it. The mode changes only at boot, and follows `set system setting jumbo-frame`,
 * not the configuration element (on a real VM-Series the element and a restart left it off).
 */
import type { XmlOperation, XmlSpec } from "../../xmlspec/spec";
import { el, parseXml, path, renderXml, textOf, type XmlElement } from "../../xmlspec/xml";
import type { PanosClient } from "../../xmlapi/client";
import { messageLines } from "../../xmlapi/envelope";
import { PanosApiError, PanosError } from "../../xmlapi/errors";

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

/** How `set system setting jumbo-frame` was answered. */
export interface JumboFrameModeRequest {
  /** False when the device refused it; only the mode check after the restart can then tell. */
  readonly accepted: boolean;
  /** The device's answer, e.g. "Device is now in Jumbo-Frame mode, please reboot device". */
  readonly message: string;
}

/**
 * Asks for jumbo-frame mode `on` or off from the next boot on. A refusal (an error answer) is
 * returned rather than thrown: the caller restarts anyway and judges by the mode after the restart.
 */
export async function requestJumboFrameMode(client: PanosClient, on: boolean): Promise<JumboFrameModeRequest> {
  const cmd = renderXml(el("set", [el("system", [el("setting", [el("jumbo-frame", on ? "on" : "off")])])]));
  try {
    const root = await client.op(cmd);
    const message = messageLines(root).join(" ") || textOf(path(root, "result")) || "";
    return { accepted: true, message };
  } catch (error) {
    if (!(error instanceof PanosApiError)) throw error;
    return { accepted: false, message: error.message };
  }
}
