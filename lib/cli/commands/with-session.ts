/** Runs a command body with a session, and turns any failure into a message and an exit code. */
import { exitCodeFor } from "../exit-codes";
import { Session, type CliContext, type ConnectionOptions } from "../session";

/** Reports a failure on stderr (and as JSON on stdout with --json); returns its exit code. */
export function reportFailure(error: unknown, json: boolean | undefined, context: CliContext): number {
  const { terminal, env } = context;
  const code = exitCodeFor(error);
  const message = error instanceof Error ? error.message : String(error);
  terminal.error(message);
  if (env.MVE_HA_DEBUG === "1" && error instanceof Error && error.stack) terminal.note(error.stack);
  if (json) terminal.out(JSON.stringify({ ok: false, error: message, exitCode: code }));
  return code;
}

/** Opens a session for `hosts`, runs `body`, always closes the connections. */
export async function withSession(
  hosts: readonly string[],
  options: ConnectionOptions,
  context: CliContext,
  body: (session: Session) => Promise<number>,
): Promise<number> {
  let session: Session | undefined;
  try {
    session = new Session(hosts, options, context);
    return await body(session);
  } catch (error) {
    return reportFailure(error, options.json, context);
  } finally {
    await session?.close();
  }
}
