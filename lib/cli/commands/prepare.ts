/**
 * `mve-ha prepare`: wait-ready → apply → commit → reboot when an operation that needs a reboot
 * changed something → wait-ready, then check that jumbo-frame mode matches the spec.
 */
import { applySpec } from "../device/apply-spec";
import { desiredJumboFrames, jumboFrameMode } from "../device/jumbo-frames";
import { rebootAndWait } from "../device/reboot";
import { waitReady } from "../device/wait-ready";
import { PanosError } from "../../xmlapi/errors";
import { EXIT_OK } from "../exit-codes";
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
    let reboot = applied.operations.some((operation) => operation.changed && operation.requiresReboot);
    if (spec.requiresReboot && !reboot && wantJumbo !== undefined) {
      // Nothing changed now, but an earlier run may have committed without getting to its restart.
      reboot = (await jumboFrameMode(client)) !== wantJumbo;
    }
    if (reboot) {
      await progress.step(`restart ${host}`, (update) => rebootAndWait(client, deadline, poll, update));
    }
    let jumboFrames: boolean | undefined;
    if (wantJumbo !== undefined) {
      jumboFrames = await jumboFrameMode(client);
      if (jumboFrames !== wantJumbo) {
        throw new JumboFrameModeError(
          `${host} runs with jumbo-frame mode ${onOff(jumboFrames)} but the spec sets it ${onOff(wantJumbo)}` +
            `${reboot ? " even after the restart" : ""}; on the firewall run \`set system setting jumbo-frame ` +
            `${onOff(wantJumbo)}\` and restart it`,
        );
      }
    }
    if (options.json) {
      const json = {
        ok: true,
        host,
        spec: spec.name,
        changed: applied.changed,
        operations: applied.operations,
        commit: commitJson(outcome),
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
