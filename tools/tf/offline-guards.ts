/**
 * What keeps the offline command offline: Terraform arguments and environment that would install
 * or attach another provider, or write state somewhere the stack's backend does not name, are
 * refused before Terraform starts; after `init`, every installed provider must be one of the
 * mirror's offline wrappers.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { OFFLINE_WRAPPER_MARK } from "./mirror";

/** A refusal: the command prints the message and exits 1 without running Terraform further. */
export class OfflineRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OfflineRefusedError";
  }
}

/** Terraform flags refused, and why. */
const REFUSED_FLAGS: Readonly<Record<string, string>> = {
  "plugin-dir": "it installs providers from another directory (only the offline providers may run)",
  state: "it moves state away from where the stack's backend says",
  "state-out": "it writes state away from where the stack's backend says",
  backup: "it writes a state backup away from where the stack's backend says",
  "backend-config": "it changes the backend the stack names",
};

/** Problems with Terraform arguments `args`; `where` names their origin in messages. */
export function refusedArguments(args: readonly string[], where: string): string[] {
  return args.flatMap((arg) => {
    const match = /^--?([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match || !(match[1] in REFUSED_FLAGS)) return [];
    if (match[1] === "backup" && match[2] === "-") return []; // -backup=- writes no backup at all
    return [`${where}: -${match[1]} is refused: ${REFUSED_FLAGS[match[1]]}`];
  });
}

/** Problems with the caller's environment: a provider to reattach to, refused flags in TF_CLI_ARGS*. */
export function refusedEnvironment(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (env.TF_REATTACH_PROVIDERS) {
    problems.push(
      "TF_REATTACH_PROVIDERS is set: Terraform would talk to provider processes already running instead of the offline ones; unset it",
    );
  }
  for (const [name, value] of Object.entries(env)) {
    if (!/^TF_CLI_ARGS(_|$)/.test(name) || !value) continue;
    problems.push(...refusedArguments(value.split(/\s+/).filter(Boolean), name));
  }
  return problems;
}

/** Throws one OfflineRefusedError listing every problem, when there are any. */
export function refuseIfAny(problems: readonly string[]): void {
  if (problems.length > 0) throw new OfflineRefusedError(problems.join("\n"));
}

/**
 * Provider executables under `<dataDir>/providers` that are not the mirror's offline wrappers
 * (paths relative to the data directory). Terraform links or copies them from the mirror at init.
 */
export function foreignProviders(dataDir: string): string[] {
  const root = path.join(dataDir, "providers");
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      const stat = fs.statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) visit(full);
      else if (name.startsWith("terraform-provider-") && !isOfflineWrapper(full))
        found.push(path.relative(dataDir, full));
    }
  };
  if (fs.existsSync(root)) visit(root);
  return found.sort();
}

function isOfflineWrapper(file: string): boolean {
  const head = Buffer.alloc(OFFLINE_WRAPPER_MARK.length);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head.toString("utf8") === OFFLINE_WRAPPER_MARK;
}
