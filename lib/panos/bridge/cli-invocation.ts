/**
 * The `mve-ha` command lines the provisioners run, as agreed with the CLI. Every value travels in
 * an environment variable read from the resource's own `input` (`self.input.…`), never through
 * Terraform interpolation into the command, so no value can inject shell syntax. Credentials are
 * in neither: the CLI inherits `PANOS_API_KEY` or `PANOS_USERNAME`/`PANOS_PASSWORD` from the
 * environment Terraform runs in.
 */
import type { ApiConnectionModel } from "../model/types";

/** The `mve-ha` subcommands the constructs use. */
export type CliSubcommand = "apply" | "prepare" | "commit";

/** Environment variable names of the contract. */
export const ENV = {
  bundle: "MVE_HA_CLI_BUNDLE",
  host: "MVE_HA_HOST",
  port: "MVE_HA_PORT",
  protocol: "MVE_HA_PROTOCOL",
  caFile: "MVE_HA_CA_FILE",
  spec: "MVE_HA_SPEC",
} as const;

/**
 * Which `mve-ha` runs: the bundled CLI the stack carries (`node <file>`, the file's path relative to
 * the stack module, e.g. `${path.module}/assets/…`), or a command the user gave (`cli`).
 */
export type CliProgram = { readonly bundle: string } | { readonly command: string };

/** What the provisioner runs: a fixed command line and the environment that fills it. */
export interface CliInvocation {
  readonly command: string;
  readonly environment: Record<string, string>;
}

/** The `input` attributes a bridge stores; provisioners read them back through `self.input`. */
export interface ConnectionInput {
  readonly host: string;
  readonly port: number;
  readonly protocol: string;
  readonly ca_file?: string;
}

/** The connection part of a bridge's `input`. */
export function connectionInput(api: ApiConnectionModel): ConnectionInput {
  return {
    host: api.host,
    port: api.port,
    protocol: api.protocol,
    ...(api.caFile !== undefined ? { ca_file: api.caFile } : {}),
  };
}

/**
 * Builds the command and environment for one subcommand. `specAttribute` names the `input`
 * attribute holding the spec (`spec`, or `undo` for a destroy-time run); omit it for `commit`.
 */
export function cliInvocation(
  program: CliProgram,
  subcommand: CliSubcommand,
  api: ApiConnectionModel,
  specAttribute?: "spec" | "undo",
): CliInvocation {
  const timeout =
    subcommand === "commit"
      ? api.timeouts.commitSeconds
      : subcommand === "prepare"
        ? api.timeouts.prepareSeconds
        : api.timeouts.applySeconds;
  // The bundle's path goes through the environment too: a module path may hold shell syntax.
  const cli = "bundle" in program ? `node "$${ENV.bundle}"` : program.command;
  const parts = [cli, subcommand, `--host "$${ENV.host}"`, `--port "$${ENV.port}"`, `--protocol "$${ENV.protocol}"`];
  const environment: Record<string, string> = {
    ...("bundle" in program ? { [ENV.bundle]: program.bundle } : {}),
    [ENV.host]: "${self.input.host}",
    [ENV.port]: "${self.input.port}",
    [ENV.protocol]: "${self.input.protocol}",
  };
  if (api.caFile !== undefined) {
    parts.push(`--ca-file "$${ENV.caFile}"`);
    environment[ENV.caFile] = "${self.input.ca_file}";
  } else if (api.insecureSkipVerify) {
    parts.push("--insecure");
  }
  parts.push(`--timeout ${timeout}`);
  if (specAttribute !== undefined) {
    parts.push(`--spec-env ${ENV.spec}`);
    environment[ENV.spec] = `\${jsonencode(self.input.${specAttribute})}`;
  }
  return { command: parts.join(" "), environment };
}
