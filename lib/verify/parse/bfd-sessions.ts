/**
 * BFD sessions. Legacy engine (`show routing bfd summary`, real capture): `result/entry/{session-id,
 * interface, protocol, local-ip-address, neighbor-ip-address, state-local, up-time, …}`, with trailing
 * spaces inside `interface`/`protocol`/`up-time`, empty `up-time` when down and garbage negative
 * up-times. The Advanced Routing answer is unpublished: it is accepted either as the same entries or
 * as JSON inside `<json>` (records with `peer`/`neighbor` and `status`/`state`).
 */
import { child, type XmlElement } from "../../xmlspec/xml";
import { fieldText, listEntries, requiredField } from "../xml-read";
import { hasValues, jsonText, visitObjects } from "./json-walk";
import { readJsonResult } from "../response";

/** One BFD session. */
export interface BfdSession {
  readonly neighbor: string;
  readonly local?: string;
  readonly interface?: string;
  /** Client protocol, e.g. `BGP`. */
  readonly protocol?: string;
  /** `up` / `down` / `init` / `admin-down`, lower-cased. */
  readonly state: string;
}

/** Parses a BFD summary result of either engine. */
export function parseBfdSessions(result: XmlElement): BfdSession[] {
  if (child(result, "json")) {
    const json = readJsonResult(result);
    if (!json.ok) throw new Error(json.message);
    return parseJsonSessions(json.value);
  }
  return listEntries(result, "BFD summary").map((entry) => ({
    neighbor: fieldText(entry, "neighbor-ip-address", "neighbor", "peer") ?? "?",
    local: fieldText(entry, "local-ip-address", "local"),
    interface: fieldText(entry, "interface"),
    protocol: fieldText(entry, "protocol"),
    state: requiredField(entry, "a BFD session entry", "state-local", "state", "status").toLowerCase(),
  }));
}

function parseJsonSessions(json: unknown): BfdSession[] {
  const sessions: BfdSession[] = [];
  visitObjects(json, (object) => {
    const neighbor = jsonText(object, "peer", "neighbor", "neighbor-ip-address", "peer-ip");
    const state = jsonText(object, "status", "state", "state-local");
    if (neighbor === undefined || state === undefined) return false;
    sessions.push({
      neighbor,
      local: jsonText(object, "local", "local-ip-address", "local-ip"),
      interface: jsonText(object, "interface", "interfaceName"),
      protocol: jsonText(object, "protocol", "client"),
      state: state.toLowerCase(),
    });
    return true;
  });
  if (sessions.length === 0 && hasValues(json)) throw new Error("no BFD session record (peer and state) in the JSON");
  return sessions;
}
