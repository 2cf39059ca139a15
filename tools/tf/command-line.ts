/**
 * The command line of `mve-ha-offline` (and `npm run tf`): its own options first, then `--` and
 * Terraform's arguments. Without `--`, the first argument that is not one of ours starts
 * Terraform's (so `npm run tf -- -chdir=cdktf.out/stacks/network plan` keeps working).
 */

/** A command line that cannot be understood; the command prints it with the usage and exits 2. */
export class OfflineUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OfflineUsageError";
  }
}

/** What the caller asked for. */
export interface OfflineCommandLine {
  readonly help: boolean;
  /** `--fixture FILE`, as given (relative to the caller's directory). */
  readonly fixture?: string;
  /**
   * Whether the command starts each provider once and Terraform attaches to it (the default), or
   * Terraform starts them itself per command and instance, over AutoMTLS (`--no-reattach`).
   */
  readonly reattach: boolean;
  /** Everything for Terraform, in order. */
  readonly terraformArgs: readonly string[];
}

/** Parses `argv` (without node and the script). */
export function parseCommandLine(argv: readonly string[]): OfflineCommandLine {
  let help = false;
  let fixture: string | undefined;
  let reattach = true;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--") return { help, fixture, reattach, terraformArgs: argv.slice(index + 1) };
    if (argument === "--help" || argument === "-h") help = true;
    else if (argument === "--no-reattach") reattach = false;
    else if (argument === "--fixture" || argument.startsWith("--fixture=")) {
      fixture = argument === "--fixture" ? argv[++index] : argument.slice("--fixture=".length);
      if (!fixture) throw new OfflineUsageError("--fixture needs a file name");
    } else if (argument.startsWith("--")) {
      throw new OfflineUsageError(`unknown option ${argument} (Terraform's arguments go after --)`);
    } else return { help, fixture, reattach, terraformArgs: argv.slice(index) };
  }
  return { help, fixture, reattach, terraformArgs: [] };
}

/** The `-chdir=` value among Terraform's arguments, if any. */
export function chdirArgument(terraformArgs: readonly string[]): string | undefined {
  return terraformArgs.find((arg) => arg.startsWith("-chdir="))?.slice("-chdir=".length);
}

/** Terraform's subcommand: its first argument that is not an option. */
export function subcommandOf(terraformArgs: readonly string[]): string | undefined {
  return terraformArgs.find((arg) => !arg.startsWith("-"));
}

/** The usage text, for `name` (`mve-ha-offline` or `npm run tf`). */
export function usage(name: string): string {
  return `Usage: ${name} [--fixture FILE] [--no-reattach] -- [-chdir=STACK_DIR] <terraform subcommand> [arguments]

Runs real Terraform (terraform >= 1.11 on PATH, or TERRAFORM_BINARY_NAME) on a stack synthesized
with cdktf-megaport-panos-ha, with offline stand-ins of the Megaport and PAN-OS providers: no
registry, no credentials, no network. validate, plan, apply and the rest are preceded by a quiet
\`terraform init\` into a private directory; nothing offline is left in the stack directory.

  ${name} -- -chdir=cdktf.out/stacks/network validate
  ${name} --fixture offline-fixture.json -- -chdir=cdktf.out/stacks/network plan

Options:
  --fixture FILE  values the real Megaport/PAN-OS providers would return (JSON; the README's
                  "Check your stacks in CI without credentials" describes it). Default: the
                  environment variable OFFLINE_PROVIDER_FIXTURES, else deterministic values.
  --no-reattach   let Terraform start the providers itself, for each command and provider
                  instance, over go-plugin AutoMTLS, as it starts real providers (slower).
                  Default: the command starts each provider the stack needs once and Terraform
                  attaches to it (TF_REATTACH_PROVIDERS, plaintext on loopback); it ends them
                  when it ends. With TF_LOG set, their logs go where Terraform's go.
  -h, --help      this text

-chdir is resolved against the current directory. Variables the stack declares and the
environment (TF_VAR_*) does not set get obviously fake placeholder values, named on stderr.
Only the offline providers run: -plugin-dir, TF_REATTACH_PROVIDERS, a stack that needs any other
provider, and a backend other than "local" are refused, and so are -state, -state-out, -backup
and -backend-config (state is written only where the stack's backend says).
`;
}
