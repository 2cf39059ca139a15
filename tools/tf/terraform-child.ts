/**
 * Terraform as a child of the offline command: its output and exit status become the command's,
 * and a SIGTERM or SIGHUP sent to the command alone (a CI runner cancelling the job, `timeout`,
 * `kill`) is passed on, so Terraform stops as it does on Ctrl-C and the command still ends the
 * providers it started before it exits. SIGINT is not passed on: Ctrl-C in a terminal reaches
 * Terraform from the terminal itself (one process group), and a second interrupt makes Terraform
 * exit at once instead of stopping gracefully.
 */
import { type ChildProcess, spawn } from "node:child_process";
import * as os from "node:os";
import { terraformBinary } from "./offline-session";

/** Signals the command passes on to the running Terraform. */
const PASSED_ON = ["SIGTERM", "SIGHUP"] as const;

/** Runs Terraform commands one after the other; create one per command invocation, dispose() it at its end. */
export class TerraformChild {
  private running: ChildProcess | undefined;
  private received: NodeJS.Signals | undefined;
  private readonly passOn = (signal: NodeJS.Signals): void => {
    this.received ??= signal;
    this.running?.kill(signal);
  };

  /** From here until dispose(), SIGTERM and SIGHUP no longer end this process: they go to Terraform. */
  constructor() {
    for (const signal of PASSED_ON) process.on(signal, this.passOn);
  }

  /** Restores the default: SIGTERM and SIGHUP end this process. */
  dispose(): void {
    for (const signal of PASSED_ON) process.off(signal, this.passOn);
  }

  /** Runs terraform with `args`, showing its output only when it fails; returns its exit status. */
  quiet(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
    let output = "";
    return this.run(args, env, ["ignore", "pipe", "pipe"], (child) => {
      child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    }).then((code) => {
      if (code !== 0) process.stderr.write(output);
      return code;
    });
  }

  /** Runs terraform with `args` on this process's stdin, stdout and stderr; returns its exit status. */
  inherited(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
    return this.run(args, env, "inherit", () => undefined);
  }

  private run(
    args: readonly string[],
    env: NodeJS.ProcessEnv,
    stdio: "inherit" | ["ignore", "pipe", "pipe"],
    attach: (child: ChildProcess) => void,
  ): Promise<number> {
    // Told to stop before this step: start nothing more.
    if (this.received) return Promise.resolve(signalStatus(this.received));
    return new Promise((resolve, reject) => {
      const child = spawn(terraformBinary(), args, { env, stdio });
      this.running = child;
      attach(child);
      child.on("error", (error) => {
        this.running = undefined;
        reject(error);
      });
      child.on("close", (code, signal) => {
        this.running = undefined;
        resolve(code ?? signalStatus(signal ?? "SIGKILL"));
      });
    });
  }
}

/** The shell's status for a process ended by `signal`: 128 + its number. */
function signalStatus(signal: NodeJS.Signals): number {
  return 128 + (os.constants.signals[signal] ?? 0);
}
