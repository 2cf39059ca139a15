/**
 * Runs the packaged `mve-ha-offline` command (dist/bundle/mve-ha-offline.cjs) with plain node, as
 * an installed package runs it, for the tests of the command.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** What one run of the command gave. */
export interface CommandRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <bundle> <args>` from `cwd`, the environment plus `env`, to its end. */
export function runPackaged(bundle: string, cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<CommandRun>((resolve) => {
    execFile(
      process.execPath,
      [bundle, ...args],
      { cwd, encoding: "utf8", env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * The command started in a process group of its own (as a shell starts a job). Its stdin is a
 * FIFO this process holds open until the command has ended, like a terminal: Node closes a child's
 * stdin pipe when the child exits, which would end a Terraform the command left behind.
 */
export interface StartedCommand {
  readonly child: ChildProcess;
  /** Resolves once stdout contains `text`; rejects when the command ends first. */
  output(text: string): Promise<void>;
  /** Resolves once the command has exited (anything it left behind may still hold its output open). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the whole run once the command's output is closed. */
  readonly closed: Promise<CommandRun>;
}

export function startPackaged(bundle: string, cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const fifo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "stdin-")), "stdin");
  execFileSync("mkfifo", [fifo]);
  // Read and write: opening never blocks, and the FIFO never reports end of file while we hold it.
  const stdin = fs.openSync(fifo, "r+");
  const child = spawn(process.execPath, [bundle, ...args], {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: [stdin, "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const closed = new Promise<CommandRun>((resolve) =>
    child.once("close", (code) => {
      fs.closeSync(stdin);
      fs.rmSync(path.dirname(fifo), { recursive: true, force: true });
      resolve({ code: code ?? -1, stdout, stderr });
    }),
  );
  const output = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!stdout.includes(text)) return;
        child.stdout!.off("data", check);
        resolve();
      };
      child.stdout!.on("data", check);
      check();
      void closed.then((run) => reject(new Error(`the command ended before "${text}":\n${run.stdout}\n${run.stderr}`)));
    });
  return { child, output, exited, closed } satisfies StartedCommand;
}
