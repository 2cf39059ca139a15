/**
 * Active/Active HA answers written for tests (no real A/A capture exists): the captured A/P element
 * names and layout, with the A/A values and the element choices documented in lib/verify/parse/ha-state.ts.
 */
import { ok } from "./helpers";

export interface AaOptions {
  readonly localState?: string;
  readonly peerState?: string;
  readonly deviceId?: string;
  readonly links?: Partial<Record<"ha1" | "ha2" | "ha3", string>>;
  readonly withHa3?: boolean;
  readonly stateSync?: string;
  readonly runningSync?: string;
  readonly pathMonitoring?: string;
  /** The peer's application version (the local one is 8515-7181); app-compat follows. */
  readonly peerAppVersion?: string;
  /** Leave out the versions and `*-compat` fields. */
  readonly withoutVersions?: boolean;
}

/** Version fields of `local-info`/`peer-info` as the captures spell them. */
function versions(app: string): string {
  return `<build-rel>10.2.9-h1</build-rel><app-version>${app}</app-version><threat-version>${app}</threat-version><av-version>4890-5408</av-version>`;
}

function compatibility(peerApp: string): string {
  const app = peerApp === "8515-7181" ? "Match" : "Mismatch";
  return `<build-compat>Match</build-compat><app-compat>${app}</app-compat><threat-compat>Match</threat-compat><av-compat>Match</av-compat><url-compat>Mismatch</url-compat>`;
}

/** `show high-availability state` of one member of a healthy A/A pair, with overrides. */
export function aaHaState(o: AaOptions = {}): string {
  const link = (name: "ha1" | "ha2" | "ha3") =>
    `<conn-${name}><conn-status>${o.links?.[name] ?? "up"}</conn-status><conn-primary>yes</conn-primary><conn-desc>link status</conn-desc></conn-${name}>`;
  return ok(`
    <enabled>yes</enabled>
    <group>
      <mode>Active-Active</mode>
      <local-info>
        <version>1</version><state>${o.localState ?? "active-primary"}</state><state-duration>3600</state-duration>
        <mode>Active-Active</mode><active-active><device-id>${o.deviceId ?? "0"}</device-id><tentative-hold>60</tentative-hold></active-active>
        <ha1-port>ethernet1/2</ha1-port><ha2-port>ethernet1/3</ha2-port><ha3-port>ethernet1/4</ha3-port>
        <state-sync>${o.stateSync ?? "Complete"}</state-sync><state-sync-type>ethernet</state-sync-type>
        ${o.withoutVersions ? "" : versions("8515-7181") + compatibility(o.peerAppVersion ?? "8515-7181")}
      </local-info>
      <peer-info>
        <state>${o.peerState ?? "active-secondary"}</state><mode>Active-Active</mode><conn-status>up</conn-status>
        <ha1-ipaddr>10.250.0.12</ha1-ipaddr>${o.withoutVersions ? "" : versions(o.peerAppVersion ?? "8515-7181")}
        ${link("ha1")}${link("ha2")}${o.withHa3 === false ? "" : link("ha3")}
      </peer-info>
      ${o.pathMonitoring ?? PATH_MONITORING_UP}
      <running-sync>${o.runningSync ?? "synchronized"}</running-sync><running-sync-enabled>yes</running-sync-enabled>
    </group>`);
}

/** A path-monitoring summary with one virtual-router group and two destinations. */
export function pathMonitoring(groupStatus: string, destinations: readonly [string, string], fail = "any"): string {
  return `<path-monitoring><vwire/><fail-cond>any</fail-cond><vlan/><enabled>yes</enabled><vrouter>
    <entry><name>default</name><enabled>yes</enabled><fail-cond>${fail}</fail-cond>${groupStatus ? `<status>${groupStatus}</status>` : ""}
      <dest-group><entry><name>upstream</name><enabled>yes</enabled><fail-cond>${fail}</fail-cond>
        <dest-ip><entry><addr>198.51.100.1</addr><status>${destinations[0]}</status></entry>
        <entry><addr>198.51.100.2</addr><status>${destinations[1]}</status></entry></dest-ip>
      </entry></dest-group>
    </entry></vrouter></path-monitoring>`;
}

export const PATH_MONITORING_UP = pathMonitoring("up", ["up", "up"]);
