/**
 * `mve-ha prepare`: wait-ready → apply → commit → when the spec sets jumbo frames and the device's
 * mode differs, `set system setting jumbo-frame` → restart when that or a change needs it →
 * wait-ready (a 403 counts as not ready while restarting) → check that jumbo-frame mode matches.
 */
import { applySpec } from "../device/apply-spec";
import {
  desiredJumboFrames,
  jumboFrameMode,
  requestJumboFrameMode,
  type JumboFrameModeRequest,
} from "../device/jumbo-frames";
import { rebootAndWait } from "../device/reboot";
import { waitReady } from "../device/wait-ready";
import type { PanosClient } from "../../xmlapi/client";
import { PanosError } from "../../xmlapi/errors";
import { EXIT_OK } from "../exit-codes";
import type { Progress } from "../progress";
import { commitJson, operationLine } from "../report";
import type { CliContext, ConnectionOptions } from "../session";
import { readSpec, type SpecSource } from "../spec-source";
import { commitStep, printCommit } from "./commit";
import { withSession } from "./with-session";

export interface PrepareCommandOptions extends ConnectionOptions, SpecSource {
  readonly host: string;
}

/** The device runs in a jumbo-frame mode other than the spec asks for, even after a restart. */
export class JumboFrameModeError extends PanosError {}

function onOff(value: boolean): string {
  return value ? "on" : "off";
}

/** Sends `set system setting jumbo-frame` as a progress step; a refusal is returned, not thrown. */
function setJumboFrameMode(client: PanosClient, on: boolean, progress: Progress): Promise<JumboFrameModeRequest> {
  return progress.step(`set jumbo-frame mode ${onOff(on)} on ${client.host}`, async (update) => {
    const request = await requestJumboFrameMode(client, on);
    update(
      request.accepted ? request.message || "accepted" : `refused (checked after the restart): ${request.message}`,
    );
    return request;
  });
}

function modeMismatch(host: string, actual: boolean, wanted: boolean, request: JumboFrameModeRequest | undefined) {
  const want = onOff(wanted);
  const after = request ? ` even after \`set system setting jumbo-frame ${want}\` and a restart` : " after the restart";
  const refused = request && !request.accepted ? ` (the command was refused: ${request.message})` : "";
  return new JumboFrameModeError(
    `${host} runs with jumbo-frame mode ${onOff(actual)} but the spec sets it ${want}${after}${refused}; ` +
      `on the firewall run \`set system setting jumbo-frame ${want}\`, restart it, and check ` +
      "`show system setting jumbo-frame`",
  );
}

export function prepareCommand(options: PrepareCommandOptions, context: CliContext): Promise<number> {
  return withSession([options.host], options, context, async (session) => {
    const { terminal } = context;
    const { host } = options;
    const { deadline, progress } = session;
    const poll = context.tuning.poll;
    const spec = readSpec(options, context.env);
    const client = session.client(host);

    await progress.step(`wait for ${host} to be ready`, (update) => waitReady(client, deadline, poll, update));
    const applied = await progress.step(`apply spec ${spec.name} to ${host}`, (update) =>
      applySpec(client, spec, {
        ownAdmin: session.username,
        onOperation: (result) => {
          update(operationLine(result));
          if (!options.json) terminal.out(operationLine(result));
        },
        onNote: (message) => progress.note(message),
      }),
    );
    const outcome = await commitStep(session, client, context);
    const code = printCommit(host, outcome, context, options.json);
    if (code !== EXIT_OK) {
      if (options.json) terminal.out(JSON.stringify({ ok: false, host, spec: spec.name, commit: commitJson(outcome) }));
      return code;
    }

    const wantJumbo = desiredJumboFrames(spec);
    let jumboFrames = wantJumbo !== undefined ? await jumboFrameMode(client) : undefined;
    // The mode follows the operational command at the next boot, not the configuration element.
    const modeRequest =
      wantJumbo !== undefined && jumboFrames !== wantJumbo
        ? await setJumboFrameMode(client, wantJumbo, progress)
        : undefined;
    const reboot =
      modeRequest !== undefined ||
      applied.operations.some((operation) => operation.changed && operation.requiresReboot);
    if (reboot) {
      await progress.step(`restart ${host}`, (update) => rebootAndWait(client, deadline, poll, update));
      if (wantJumbo !== undefined) jumboFrames = await jumboFrameMode(client);
    }
    if (wantJumbo !== undefined && jumboFrames !== undefined && jumboFrames !== wantJumbo) {
      throw modeMismatch(host, jumboFrames, wantJumbo, modeRequest);
    }
    if (options.json) {
      const json = {
        ok: true,
        host,
        spec: spec.name,
        changed: applied.changed,
        operations: applied.operations,
        commit: commitJson(outcome),
        jumboFrameModeSet: modeRequest !== undefined,
        rebooted: reboot,
        jumboFrames,
      };
      terminal.out(JSON.stringify(json));
    } else {
      terminal.out(
        `${host}: prepared (${applied.changed} changed${reboot ? ", restarted" : ""}${jumboFrames !== undefined ? `, jumbo frames ${onOff(jumboFrames)}` : ""})`,
      );
    }
    return EXIT_OK;
  });
}
