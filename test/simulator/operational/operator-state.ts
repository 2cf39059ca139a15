/**
 * Answers of the commands an operator checks after a change (`check pending-changes`,
 * `show config-locks`, `show commit-locks`, `show jobs all`, `show system setting jumbo-frame`) and
 * the software/content versions in the HA state, for renderer-only setups (pair-fixture). The
 * simulator core answers the first five itself from the device's own state (pending edits, jobs,
 * the `config-lock`/`commit-lock`/`commit-fail`/`jumbo-stays-off` faults), so these answers never
 * reach a full simulator; the versions do, through the HA state.
 */
import { el, type XmlElement } from "../../../lib/xmlspec/xml";
import { startsWith, type CommandWords } from "./command";
import { deviceEntry } from "./device-config";
import { successResponse, textResponse } from "./envelope";
import type { OperationalContext } from "./types";

/** What every simulated member runs unless a test says otherwise (the core's `show system info` agrees). */
export const SOFTWARE_VERSION = "10.2.9-h1";
export const CONTENT_VERSION = "8799-8509";
export const ANTIVIRUS_VERSION = "4890-5408";

/** `build-rel`, `app-version`, `threat-version`, `av-version` of a member. */
function versionsOf(appVersion: string | undefined): Record<string, string> {
  return {
    "build-rel": SOFTWARE_VERSION,
    "app-version": appVersion ?? CONTENT_VERSION,
    "threat-version": appVersion ?? CONTENT_VERSION,
    "av-version": ANTIVIRUS_VERSION,
  };
}

/**
 * Version elements for `local-info` (with the device's own `*-compat` comparison when the peer is
 * linked) or `peer-info`.
 */
export function versionElements(context: OperationalContext, side: "local" | "peer", linked: boolean): XmlElement[] {
  const mine = versionsOf(context.health.appVersion);
  const theirs = versionsOf(context.peerHealth?.appVersion);
  if (side === "peer") return linked ? Object.entries(theirs).map(([name, value]) => el(name, value)) : [];
  const compat = (version: string, compatName: string): XmlElement =>
    el(compatName, mine[version] === theirs[version] ? "Match" : "Mismatch");
  return [
    ...Object.entries(mine).map(([name, value]) => el(name, value)),
    ...(linked
      ? [
          compat("build-rel", "build-compat"),
          compat("app-version", "app-compat"),
          compat("threat-version", "threat-compat"),
          compat("av-version", "av-compat"),
        ]
      : []),
  ];
}

function lockList(name: "config-locks" | "commit-locks", holder: string | undefined): XmlElement {
  const entries = holder
    ? [
        el("entry", [el("type", "shared"), el("name", "shared"), el("loggedin", "yes"), el("comment", "")], {
          name: holder,
        }),
      ]
    : [];
  return el(name, entries);
}

function job(id: number, type: string, result: "OK" | "FAIL", details: string): XmlElement {
  return el("job", [
    el("tenq", `2026/12/03 10:0${id}:00`),
    el("id", String(id)),
    el("user"),
    el("type", type),
    el("status", "FIN"),
    el("queued", "NO"),
    el("stoppable", "no"),
    el("result", result),
    el("tfin", `2026/12/03 10:0${id}:30`),
    el("progress", "100"),
    el("details", [el("line", details)]),
    el("warnings"),
  ]);
}

/** True when the running configuration turns jumbo frames on (renderer-only: the mode as if booted with it). */
function jumboConfigured(running: XmlElement): boolean {
  const setting = deviceEntry(running)?.children.find((c) => c.name === "deviceconfig");
  return setting?.children.find((c) => c.name === "setting")?.children.some((c) => c.name === "jumbo-frame") ?? false;
}

/** The full response for an operator-state command, or undefined for other commands. */
export function renderOperatorState(command: CommandWords, context: OperationalContext): string | undefined {
  const { health } = context;
  if (startsWith(command, "check", "pending-changes")) return textResponse(health.pendingChanges ? "yes" : "no");
  if (startsWith(command, "show", "config-locks"))
    return successResponse([lockList("config-locks", health.configLockedBy)]);
  if (startsWith(command, "show", "commit-locks"))
    return successResponse([lockList("commit-locks", health.commitLockedBy)]);
  if (startsWith(command, "show", "jobs", "all")) {
    const last = health.lastCommitFailed
      ? job(2, "Commit", "FAIL", "Validation Error: commit failed")
      : job(2, "Commit", "OK", "Configuration committed successfully");
    return successResponse([last, job(1, "AutoCom", "OK", "Configuration committed successfully")]);
  }
  if (startsWith(command, "show", "system", "setting", "jumbo-frame")) {
    const on = jumboConfigured(context.running) && !health.jumboFramesOff;
    return textResponse(on ? "on" : "off");
  }
  return undefined;
}
