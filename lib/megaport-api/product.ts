/**
 * Reads an MVE's or a VXC's state from the `data` of `GET /v2/product/{uid}` (field names: see
 * API-FACTS.md). Strict: a field the judgement needs that is absent or of another type is an
 * answer this reader does not recognise (MegaportAnswerError), never "up".
 */
import { MegaportAnswerError } from "./errors";

/** The product kinds the pair is made of. */
export type ProductKind = "MVE" | "VXC";

/** The provisioning statuses megaportgo treats as ready (SERVICE_STATE_READY). */
export const READY_STATUSES: ReadonlySet<string> = new Set(["CONFIGURED", "LIVE"]);

/** What one product reported. */
export interface ProductState {
  readonly uid: string;
  readonly name: string;
  readonly kind: ProductKind;
  /** `provisioningStatus` as the API spelled it. */
  readonly status: string;
  /** The status is one of READY_STATUSES. */
  readonly ready: boolean;
  /** What is not up (a VM, an interface, an administrative shutdown); empty when all is up. Read only when ready. */
  readonly down: readonly string[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `up` as the API sends it: a boolean for a VM, 0/1 for an interface (either spelling accepted). */
function readUp(value: unknown, where: string): boolean {
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  throw new MegaportAnswerError(`${where}.up is ${JSON.stringify(value) ?? "absent"}, not true/false or 1/0`);
}

function readCommon(data: Json, kind: ProductKind, uid: string): Omit<ProductState, "down"> {
  const type = data.productType;
  if (typeof type !== "string") throw new MegaportAnswerError(`product ${uid} has no productType`);
  if (type.toUpperCase() !== kind) {
    throw new MegaportAnswerError(`product ${uid} is a ${type}, not a${kind === "MVE" ? "n" : ""} ${kind}`);
  }
  const status = data.provisioningStatus;
  if (typeof status !== "string" || status.length === 0) {
    throw new MegaportAnswerError(`product ${uid} has no provisioningStatus`);
  }
  const answeredUid = data.productUid;
  if (answeredUid !== undefined && answeredUid !== uid) {
    throw new MegaportAnswerError(`asked for product ${uid}, the answer is about ${String(answeredUid)}`);
  }
  const name = typeof data.productName === "string" && data.productName.length > 0 ? data.productName : "(unnamed)";
  return { uid, name, kind, status, ready: READY_STATUSES.has(status.toUpperCase()) };
}

function resourcesOf(data: Json, uid: string): Json {
  if (!isObject(data.resources)) throw new MegaportAnswerError(`product ${uid} has no resources object`);
  return data.resources;
}

/** An MVE: ready, every virtual machine up, its interface up. */
export function readMve(data: Json, uid: string): ProductState {
  const common = readCommon(data, "MVE", uid);
  if (!common.ready) return { ...common, down: [] };
  const resources = resourcesOf(data, uid);
  const machines = resources.virtual_machine;
  if (!Array.isArray(machines) || machines.length === 0) {
    throw new MegaportAnswerError(`MVE ${uid} has no resources.virtual_machine entries`);
  }
  const down = machines.flatMap((vm: unknown, i) => {
    if (!isObject(vm)) throw new MegaportAnswerError(`MVE ${uid}: resources.virtual_machine[${i}] is not an object`);
    const label =
      typeof vm.id === "number" || typeof vm.id === "string" ? `virtual machine ${vm.id}` : "virtual machine";
    return readUp(vm.up, `resources.virtual_machine[${i}]`) ? [] : [`${label} down`];
  });
  if (!isObject(resources.interface)) throw new MegaportAnswerError(`MVE ${uid} has no resources.interface object`);
  if (!readUp(resources.interface.up, "resources.interface")) down.push("interface down");
  return { ...common, down };
}

/** A VXC: ready, not shut down, every interface up. */
export function readVxc(data: Json, uid: string): ProductState {
  const common = readCommon(data, "VXC", uid);
  if (!common.ready) return { ...common, down: [] };
  if (typeof data.shutdown !== "boolean") {
    throw new MegaportAnswerError(
      `VXC ${uid}: shutdown is ${JSON.stringify(data.shutdown) ?? "absent"}, not true/false`,
    );
  }
  const interfaces = resourcesOf(data, uid).interface;
  if (!Array.isArray(interfaces) || interfaces.length === 0) {
    throw new MegaportAnswerError(`VXC ${uid} has no resources.interface entries`);
  }
  const down: string[] = data.shutdown ? ["shut down"] : [];
  interfaces.forEach((entry: unknown, i) => {
    if (!isObject(entry)) throw new MegaportAnswerError(`VXC ${uid}: resources.interface[${i}] is not an object`);
    if (!readUp(entry.up, `resources.interface[${i}]`)) {
      down.push(interfaces.length === 1 ? "interface down" : `interface ${i + 1} down`);
    }
  });
  return { ...common, down };
}
