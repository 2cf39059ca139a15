/** `type=config`: get and show read, set / edit / delete write the candidate configuration. */
import { parseXml, type XmlElement } from "../../lib/xmlspec/xml";
import { deleteAt, editAt, findNodes, setAt } from "./config-tree";
import type { SimulatedDevice } from "./device";
import { badRequest, failure, success, successMessage, type Reply } from "./responses";
import { parseXpath, XpathError, type XpathStep } from "./xpath";

const CODE_BAD_XPATH = 6;
const CODE_NOT_PRESENT = 7;
const CODE_INVALID_OBJECT = 12;
const CODE_MALFORMED = 18;
const CODE_OK = 19;
const CODE_WRITTEN = 20;

function read(device: SimulatedDevice, action: "get" | "show", steps: XpathStep[]): Reply {
  if (action === "get") {
    const nodes = findNodes(device.candidate, steps);
    if (nodes.length === 0) return success(undefined, CODE_NOT_PRESENT);
    const count = String(nodes.length);
    return success(nodes, CODE_OK, { "total-count": count, count });
  }
  const nodes = findNodes(device.running, steps);
  if (nodes.length !== 1) return failure([nodes.length === 0 ? "No such node" : "More than one node matches"]);
  return success(nodes, CODE_OK);
}

function parseElement(element: string | null): XmlElement[] | Reply {
  if (element === null || element.trim().length === 0) return failure(["element is missing"], CODE_MALFORMED);
  try {
    return parseXml(element);
  } catch {
    return failure(["Malformed element"], CODE_MALFORMED);
  }
}

function write(device: SimulatedDevice, action: string, steps: XpathStep[], element: string | null): Reply {
  const lock = device.foreignLock;
  if (lock) return failure([`Configuration is locked by ${lock.admin}`]);
  if (action === "delete") {
    const after = deleteAt(device.candidate, steps);
    if (!after) return successMessage("Object doesn't exist", CODE_NOT_PRESENT);
    device.wrote(after);
    return successMessage("command succeeded", CODE_WRITTEN);
  }
  const parsed = parseElement(element);
  if (!Array.isArray(parsed)) return parsed;
  if (steps.length < 2) return failure(["cannot write the configuration root"], CODE_INVALID_OBJECT);
  if (action === "set") {
    device.wrote(setAt(device.candidate, steps, parsed, device.stamp()));
    return successMessage("command succeeded", CODE_WRITTEN);
  }
  const last = steps[steps.length - 1];
  const [node, ...extra] = parsed;
  // edit replaces the node itself: the element must be that node, its own tag (and entry name) included.
  if (!node || extra.length > 0 || node.name !== last.name || node.attributes.name !== last.entryName) {
    const found = node ? `${node.name}${node.attributes.name ? ` ${node.attributes.name}` : ""}` : "nothing";
    return failure(
      [` edit of ${last.name} expects the ${last.name} element itself, got ${found}`, ` ${found} unexpected here`],
      CODE_INVALID_OBJECT,
    );
  }
  device.wrote(editAt(device.candidate, steps, node, device.stamp()));
  return successMessage("command succeeded", CODE_WRITTEN);
}

/** Answers one `type=config` request. */
export function handleConfig(device: SimulatedDevice, params: URLSearchParams): Reply {
  const action = params.get("action") ?? "";
  const xpath = params.get("xpath");
  if (!xpath) return badRequest("Illegal parameter [xpath]");
  let steps: XpathStep[];
  try {
    steps = parseXpath(xpath);
  } catch (error) {
    if (error instanceof XpathError) return failure([` ${error.message}`], CODE_BAD_XPATH);
    throw error;
  }
  switch (action) {
    case "get":
    case "show":
      return read(device, action, steps);
    case "set":
    case "edit":
    case "delete":
      return write(device, action, steps, params.get("element"));
    default:
      return badRequest(`Illegal parameter [action]`);
  }
}
