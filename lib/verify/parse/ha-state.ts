/**
 * `show high-availability state`: `result/enabled` and `result/group/{mode, local-info, peer-info,
 * running-sync, running-sync-enabled, path-monitoring}` (element names confirmed on four real
 * captures, all Active/Passive). Active/Active names no capture shows are read from plausible
 * spellings: the device ID from `local-info/active-active/device-id` (like the captured
 * `local-info/active-passive/…` block) or `local-info/device-id`; HA3 from `peer-info/conn-ha3`
 * (like `conn-ha1`/`conn-ha2`), its port from `local-info/ha3-port` (like `ha1-port`/`ha2-port`).
 * Versions: `build-rel`, `app-version`, `threat-version`, `av-version` in both `local-info` and
 * `peer-info`, and the device's own comparison `build-compat` … `av-compat` in `local-info` (captured).
 */
import { child, path, type XmlElement } from "../../xmlspec/xml";
import { fieldFlag, fieldText, firstChild, parseFlag } from "../xml-read";

/** One HA link as the firewall reports it towards its peer. */
export interface HaLinkStatus {
  /** `HA1`, `HA1-backup`, `HA2`, `HA2-backup`, `HA3` or `heartbeat-backup` (management port). */
  readonly link: string;
  /** `up` / `down` as reported, lower-cased. */
  readonly status: string;
  readonly downReason?: string;
}

/** The software and content a member runs, compared between the peers (`ha.compatibility`). */
export const VERSION_FIELDS = [
  { key: "software", label: "PAN-OS", version: "build-rel", compat: "build-compat" },
  { key: "app", label: "applications", version: "app-version", compat: "app-compat" },
  { key: "threat", label: "threats", version: "threat-version", compat: "threat-compat" },
  { key: "antivirus", label: "antivirus", version: "av-version", compat: "av-compat" },
] as const;

export type VersionKey = (typeof VERSION_FIELDS)[number]["key"];

/** This firewall's or its peer's view of one member. */
export interface HaMemberInfo {
  readonly state?: string;
  readonly mode?: string;
  readonly deviceId?: string;
  readonly lastErrorState?: string;
  readonly lastErrorReason?: string;
  /** `build-rel`, `app-version`, `threat-version`, `av-version` as reported. */
  readonly versions: Readonly<Partial<Record<VersionKey, string>>>;
}

/** The parts of `show high-availability state` the checks judge. */
export interface HaState {
  readonly enabled: boolean;
  readonly mode?: string;
  readonly local: HaMemberInfo & {
    readonly stateSync?: string;
    readonly stateSyncType?: string;
    readonly ha3Port?: string;
    /** The device's own comparison with the peer (`build-compat` … `av-compat`: `Match` / `Mismatch`). */
    readonly compatibility: Readonly<Partial<Record<VersionKey, string>>>;
  };
  readonly peer: HaMemberInfo & {
    readonly address?: string;
    readonly connectionStatus?: string;
    readonly connectionDownReason?: string;
    readonly links: readonly HaLinkStatus[];
  };
  readonly runningSync?: string;
  readonly runningSyncEnabled?: boolean;
  /** The `path-monitoring` summary element, parsed by `parsePathMonitoring`. */
  readonly pathMonitoringSummary?: XmlElement;
}

const LINK_ELEMENTS: ReadonlyArray<readonly [string, string]> = [
  ["conn-ha1", "HA1"],
  ["conn-ha1-backup", "HA1-backup"],
  ["conn-ha2", "HA2"],
  ["conn-ha2-backup", "HA2-backup"],
  ["conn-ha3", "HA3"],
  ["conn-mgmt", "heartbeat-backup"],
];

/** Parses the `result` element of `show high-availability state`. */
export function parseHaState(result: XmlElement): HaState {
  const enabledText = fieldText(result, "enabled");
  if (enabledText === undefined) throw new Error("no <enabled> element in the HA state");
  const enabled = parseFlag(enabledText);
  if (enabled === undefined) throw new Error(`<enabled> is "${enabledText}", neither yes nor no`);
  // Panorama answers without `group`; firewalls nest everything under it.
  const group = child(result, "group") ?? result;
  const localInfo = child(group, "local-info");
  const peerInfo = child(group, "peer-info");
  return {
    enabled,
    mode: fieldText(group, "mode") ?? fieldText(localInfo, "mode"),
    local: {
      ...memberInfo(localInfo),
      stateSync: fieldText(localInfo, "state-sync"),
      stateSyncType: fieldText(localInfo, "state-sync-type"),
      ha3Port: fieldText(localInfo, "ha3-port"),
      compatibility: Object.fromEntries(
        VERSION_FIELDS.flatMap((f) => {
          const value = fieldText(localInfo, f.compat);
          return value === undefined ? [] : [[f.key, value]];
        }),
      ),
    },
    peer: {
      ...memberInfo(peerInfo),
      address: fieldText(peerInfo, "ha1-ipaddr", "mgmt-ip"),
      connectionStatus: fieldText(peerInfo, "conn-status")?.toLowerCase(),
      connectionDownReason: fieldText(peerInfo, "conn-down-reason"),
      links: LINK_ELEMENTS.flatMap(([element, link]) => {
        const connection = child(peerInfo, element);
        const status = fieldText(connection, "conn-status")?.toLowerCase();
        if (!connection || status === undefined) return [];
        return [{ link, status, downReason: fieldText(connection, "conn-down-reason") }];
      }),
    },
    runningSync: fieldText(group, "running-sync"),
    runningSyncEnabled: fieldFlag(group, "running-sync-enabled"),
    pathMonitoringSummary: child(group, "path-monitoring"),
  };
}

function memberInfo(info: XmlElement | undefined): HaMemberInfo {
  return {
    state: fieldText(info, "state")?.toLowerCase(),
    mode: fieldText(info, "mode"),
    deviceId: fieldText(path(info, "active-active"), "device-id") ?? fieldText(info, "device-id"),
    lastErrorState: fieldText(info, "last-error-state"),
    lastErrorReason: fieldText(info, "last-error-reason", "state-reason"),
    versions: Object.fromEntries(
      VERSION_FIELDS.flatMap((f) => {
        const value = fieldText(info, f.version);
        return value === undefined ? [] : [[f.key, value]];
      }),
    ),
  };
}

/** Link state of one interface from `show interface <name>` (`result/hw/state`, or `hw/entry/state`). */
export function parseInterfaceLinkState(result: XmlElement): string {
  const hw = child(result, "hw");
  const state = fieldText(hw, "state") ?? fieldText(firstChild(hw, ["entry"]), "state");
  if (state === undefined) throw new Error("no link state under <hw>");
  return state.toLowerCase();
}
