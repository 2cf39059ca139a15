/**
 * Sessions. `show session all` (public fixture): `result/entry/{idx, vsys, application, from, to,
 * source, dst, sport, dport, proto, state, type, …}`. `show session id N`: flat fields under `result`
 * (`c2s/…`, `s2c/…`, `application`, `rule`, `sess-ha-sync`, …); the CLI's "session synced from HA
 * peer : True" is read from `sess-ha-sync` (typed by a public client, not yet seen on a real A/A
 * pair), also accepting `synced-from-ha`/`ha-sync`.
 */
import { type XmlElement } from "../../xmlspec/xml";
import { childrenNamed, fieldFlag, fieldText, listEntries, requiredField } from "../xml-read";

/** One session-table row. */
export interface SessionSummary {
  readonly id: string;
  readonly source?: string;
  readonly destination?: string;
  readonly application?: string;
  /** `ACTIVE`, `DISCARD`, … upper-cased. */
  readonly state?: string;
  /** `FLOW` or `PRED` (predict). */
  readonly type?: string;
}

/** Parses `show session all`. */
export function parseSessionList(result: XmlElement): SessionSummary[] {
  return listEntries(result, "session table").map((entry) => ({
    id: requiredField(entry, "a session entry", "idx", "id"),
    source: fieldText(entry, "source"),
    destination: fieldText(entry, "dst", "destination"),
    application: fieldText(entry, "application"),
    state: fieldText(entry, "state")?.toUpperCase(),
    type: fieldText(entry, "type")?.toUpperCase(),
  }));
}

/** Whether `show session id N` marks the session as synchronized from the HA peer; undefined if not said. */
export function parseSessionSyncedFromHa(result: XmlElement): boolean | undefined {
  const session = childrenNamed(result, "entry")[0] ?? result;
  return fieldFlag(session, "sess-ha-sync", "synced-from-ha", "ha-sync");
}
