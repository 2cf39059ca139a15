/**
 * Progress of long waits: drawn in place with listr2 when stderr is a terminal, plain lines
 * otherwise (logs, CI, Terraform's provisioner output).
 */
import type { Terminal } from "./terminal";

/** Reports one step's updates while it runs. */
export type Update = (message: string) => void;

/** Shows steps and their progress. */
export interface Progress {
  /** Runs `work` as a step called `title`, showing its updates and how it ended. */
  step<T>(title: string, work: (update: Update) => Promise<T>): Promise<T>;
  /** A line of information between steps. */
  note(message: string): void;
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Plain lines on stderr: each step's start, each distinct update, and its end. */
export class PlainProgress implements Progress {
  public constructor(private readonly terminal: Terminal) {}

  public async step<T>(title: string, work: (update: Update) => Promise<T>): Promise<T> {
    const started = Date.now();
    let last: string | undefined;
    this.terminal.note(`${title} …`);
    try {
      const result = await work((message) => {
        if (message === last) return;
        last = message;
        this.terminal.note(`  ${message}`);
      });
      this.terminal.note(`${title}: done (${seconds(started)})`);
      return result;
    } catch (error) {
      this.terminal.note(`${title}: failed (${seconds(started)})`);
      throw error;
    }
  }

  public note(message: string): void {
    this.terminal.note(`${message}`);
  }
}

/** listr2's default renderer on the terminal's stderr (loaded only when used). */
export class InteractiveProgress implements Progress {
  public constructor(private readonly terminal: Terminal) {}

  public async step<T>(title: string, work: (update: Update) => Promise<T>): Promise<T> {
    // Loaded only when drawing on a terminal (require: see lib/cli/program.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Listr, ListrLogger, PRESET_TIMER, ProcessOutput } = require("listr2") as typeof import("listr2");
    const stream = this.terminal.progressStream as NodeJS.WriteStream; // the real process.stderr when interactive
    // listr2 falls back to its simple renderer when stdout is not a terminal (`--json | jq`); that one
    // must draw on stderr too, or progress would land in the JSON on stdout.
    const logger = new ListrLogger({ processOutput: new ProcessOutput(stream, stream) });
    let outcome: { value: T } | { error: unknown } | undefined;
    const list = new Listr(
      [
        {
          title: this.terminal.redact(title),
          rendererOptions: { outputBar: 1 },
          task: async (_context, task): Promise<void> => {
            try {
              outcome = { value: await work((message) => (task.output = this.terminal.redact(message))) };
            } catch (error) {
              outcome = { error };
              // listr2 prints this message; give it the redacted text, keep the original for the caller.
              throw new Error(this.terminal.redact(error instanceof Error ? error.message : String(error)));
            }
          },
        },
      ],
      {
        renderer: "default",
        rendererOptions: { timer: PRESET_TIMER, logger },
        fallbackRenderer: "simple",
        fallbackRendererOptions: { timer: PRESET_TIMER, logger },
        registerSignalListeners: false,
        exitOnError: true,
      },
    );
    try {
      await list.run();
    } catch {
      // The original error is rethrown below.
    }
    if (outcome === undefined) throw new Error(`${title}: the step did not run`);
    if ("error" in outcome) throw outcome.error;
    return outcome.value;
  }

  public note(message: string): void {
    this.terminal.note(message);
  }
}

/** Progress suited to where stderr goes. */
export function progressFor(terminal: Terminal): Progress {
  return terminal.interactive ? new InteractiveProgress(terminal) : new PlainProgress(terminal);
}
