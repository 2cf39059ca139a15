/** `mve-ha wait-ready`: until the API answers, the chassis is ready and no auto-commit runs. */
import { EXIT_OK } from "../exit-codes";
import { waitReady } from "../device/wait-ready";
import type { CliContext, ConnectionOptions } from "../session";
import { withSession } from "./with-session";

export interface WaitReadyOptions extends ConnectionOptions {
  readonly host: string;
}

export function waitReadyCommand(options: WaitReadyOptions, context: CliContext): Promise<number> {
  return withSession([options.host], options, context, async (session) => {
    const started = Date.now();
    const client = session.client(options.host);
    await session.progress.step(`wait for ${options.host} to be ready`, (update) =>
      waitReady(client, session.deadline, context.tuning.poll, update),
    );
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    if (options.json) context.terminal.out(JSON.stringify({ ok: true, host: options.host, seconds }));
    else context.terminal.out(`${options.host}: ready (after ${seconds} s)`);
    return EXIT_OK;
  });
}
