/**
 * `type=op` commands the core answers itself (jobs, readiness, system info, pending changes,
 * locks, restart, jumbo-frame mode) and `type=commit`. Anything else goes to the operational
 * renderer (HA, BGP, BFD, routes, sessions); what nobody answers is code 17.
 */
import { el, parseXml, type XmlElement } from "../../lib/xmlspec/xml";
import type { SimulatedDevice } from "./device";
import { renderJob } from "./jobs";
import { renderOperational, type OperationalContext } from "./operational";
import { badRequest, failure, raw, success, successMessage, type Reply } from "./responses";

const CODE_NOT_PRESENT = 7;
const CODE_INVALID_COMMAND = 17;
const CODE_MALFORMED = 18;
const CODE_OK = 19;

/** The CLI words of a command and the text of its last element: `show jobs id` + `4`. */
function words(cmd: XmlElement): { words: string; argument: string | undefined } {
  const names: string[] = [];
  let node: XmlElement | undefined = cmd;
  let argument: string | undefined;
  while (node) {
    names.push(node.name);
    argument = node.text?.trim();
    node = node.children[0];
  }
  return { words: names.join(" "), argument };
}

function context(device: SimulatedDevice): OperationalContext {
  const peer = device.peer;
  return {
    running: device.running,
    peerRunning: peer?.isUp ? peer.running : undefined,
    peerUp: peer?.isUp ?? false,
    health: device.health,
    peerHealth: peer?.isUp ? peer.health : undefined,
    routing: device.routing,
    peersFromNetwork: device.peersFromNetwork,
  };
}

/** Seconds as PAN-OS writes an uptime: `2 days, 1:02:03`. */
function panosUptime(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const pad = (value: number) => String(value).padStart(2, "0");
  const clock = `${Math.floor(seconds / 3600) % 24}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return `${days} days, ${clock}`; // as in shared/panos-captures/show-system-info__*.xml
}

function systemInfo(device: SimulatedDevice): Reply {
  const uptimeSeconds = Math.floor((Date.now() - device.bootedAt.getTime()) / 1000);
  return success(
    el("system", [
      el("hostname", device.hostname),
      el("ip-address", device.settings.address),
      el("is-dhcp", "no"),
      el("uptime", panosUptime(uptimeSeconds)),
      el("devicename", device.hostname),
      el("family", "vm"),
      el("model", "PA-VM"),
      el("serial", "unknown"),
      el("sw-version", "10.2.9-h1"),
      el("vm-mode", "KVM"),
      el("operational-mode", "normal"),
    ]),
  );
}

function locks(device: SimulatedDevice, list: "config-locks" | "commit-locks"): Reply {
  const lock = device.faults.device(list === "config-locks" ? "config-lock" : "commit-lock");
  const entries = lock
    ? [
        el(
          "entry",
          [el("type", "shared"), el("name", "shared"), el("loggedin", "yes"), el("comment", lock.comment ?? "")],
          {
            name: lock.admin,
          },
        ),
      ]
    : [];
  return success(el(list, entries));
}

/** Answers one `type=op` request; `restart` is called when a reboot was requested. */
export function handleOp(device: SimulatedDevice, cmdText: string, restart: () => void): Reply {
  let cmd: XmlElement | undefined;
  try {
    cmd = parseXml(cmdText)[0];
  } catch {
    cmd = undefined;
  }
  if (!cmd) return failure(["Malformed command"], CODE_MALFORMED);
  const { words: command, argument } = words(cmd);
  if (command === "show chassis-ready") return success(device.isUp ? "yes" : "no");
  if (command === "show system info") return systemInfo(device);
  if (command === "check pending-changes") return success(device.pendingChanges ? "yes" : "no");
  if (command === "show jobs all") return success(device.jobs.listed.map(renderJob).reverse());
  if (command === "show jobs id") {
    const other = device.faults.device("job-answer-mismatch", true) ? device.jobs.listed[0] : undefined;
    if (other && other.id !== Number(argument)) return success(renderJob(other));
    const job = device.jobs.find(Number(argument));
    return job ? success(renderJob(job)) : failure([`job ${argument} not found`], CODE_NOT_PRESENT);
  }
  if (command.startsWith("show config-locks")) return locks(device, "config-locks");
  if (command.startsWith("show commit-locks")) return locks(device, "commit-locks");
  if (command === "show system setting jumbo-frame") return success(device.jumboMode ? "on" : "off");
  if (command === "set system setting jumbo-frame" && (argument === "on" || argument === "off")) {
    device.jumboRequest = argument === "on";
    return success(`Device is now in ${argument === "on" ? "Jumbo-Frame" : "normal"} mode, please reboot device`);
  }
  if (command === "request restart system") {
    restart();
    return successMessage("Command succeeded with no output");
  }
  const answer = renderOperational(cmd, context(device));
  if (answer !== undefined) return raw(answer);
  return failure([` ${command.split(" ").join(" -> ")} is unexpected`], CODE_INVALID_COMMAND);
}

/** Answers one `type=commit` request. */
export function handleCommit(device: SimulatedDevice, cmdText: string | null): Reply {
  let cmd: XmlElement | undefined;
  try {
    cmd = cmdText ? parseXml(cmdText)[0] : undefined;
  } catch {
    cmd = undefined;
  }
  if (!cmd || cmd.name !== "commit") return badRequest("Illegal parameter [cmd]");
  const lock = device.foreignLock;
  if (lock) return failure([`Configuration is locked by ${lock.admin}`]);
  if (device.jobs.running("AutoCom")) return failure(["Commit job was not queued since auto-commit not yet finished"]);
  if (device.jobs.running("Commit")) return failure(["Another commit/validate is in progress. Please try again later"]);
  const foreign = device.faults.device("foreign-commit", true);
  if (foreign) {
    device.startForeignCommit(foreign.admin, foreign.description ?? "", foreign.full);
    return { kind: "reset" };
  }
  if (!device.pendingChanges) return successMessage("There are no changes to commit.", CODE_OK);
  const description = cmd.children.find((c) => c.name === "description")?.text ?? "";
  const lost = device.faults.device("commit-answer-lost", true);
  const job = device.startCommit(description, lost);
  if (lost) return { kind: "reset" };
  const message = `<msg><line>Commit job enqueued with jobid ${job.id}</line></msg><job>${job.id}</job>`;
  return success(message, CODE_OK);
}
