/** The `mve-ha` command line: commands, options and help, defined with commander. */
/* eslint-disable @typescript-eslint/no-require-imports -- commands load lazily with require(): the tsx
   CommonJS hook that runs the sources (bin/mve-ha.js) does not cover import(). */
import { Command, InvalidArgumentError, Option } from "commander";
import { ENV_API_KEY, ENV_PASSWORD, ENV_USERNAME } from "./credentials";
import { EXIT_CODES_HELP } from "./exit-codes";
import { ENV_LOOPBACK_ONLY } from "./loopback-guard";
import {
  ENV_MEGAPORT_ACCESS_KEY,
  ENV_MEGAPORT_API_URL,
  ENV_MEGAPORT_ENVIRONMENT,
  ENV_MEGAPORT_SECRET_KEY,
  ENV_MEGAPORT_TOKEN_URL,
} from "../megaport-api/environment";
import type { CliContext } from "./session";

/** Default `--timeout` per command, in seconds. */
export const DEFAULT_TIMEOUTS = { "wait-ready": 900, apply: 300, commit: 600, prepare: 1800, verify: 120 } as const;
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new InvalidArgumentError("must be a port number 1-65535");
  return port;
}

/** The default answer cap, in MiB: DEFAULT_MAX_RESPONSE_BYTES of xmlapi/transport (not imported: commands load lazily). */
const DEFAULT_MAX_RESPONSE_MB = 8;

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || seconds <= 0 || seconds > 86_400) {
    throw new InvalidArgumentError("must be a number of seconds, more than 0 and at most 86400");
  }
  return seconds;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

const ENVIRONMENT_VARIABLES: readonly [string, string][] = [
  [ENV_API_KEY, "API key of the firewall administrator, or"],
  [`${ENV_USERNAME} + ${ENV_PASSWORD}`, "username and password to generate one (kept in memory only)"],
  [`${ENV_LOOPBACK_ONLY}=1`, "refuse any --host outside 127.0.0.0/8 (test harnesses)"],
  ["MVE_HA_DEBUG=1", "also print stack traces of errors"],
];
const NAME_WIDTH = Math.max(...ENVIRONMENT_VARIABLES.map(([name]) => name.length)) + 2;
const ENVIRONMENT_HELP = [
  "Environment:",
  ...ENVIRONMENT_VARIABLES.map(([name, text]) => `  ${name.padEnd(NAME_WIDTH)}${text}`),
  "Credentials are read only from the environment and are never printed.",
].join("\n");

/** The environment variables `verify --outputs` reads for Megaport, with what each is for. */
const MEGAPORT_ENVIRONMENT_HELP: readonly [string, string][] = [
  [
    `${ENV_MEGAPORT_ACCESS_KEY} + ${ENV_MEGAPORT_SECRET_KEY}`,
    "Megaport API key (the Megaport checks are skipped without)",
  ],
  [ENV_MEGAPORT_ENVIRONMENT, "production, staging (the default, as for the Terraform provider) or development"],
  [`${ENV_MEGAPORT_API_URL}, ${ENV_MEGAPORT_TOKEN_URL}`, "other API and token URLs, for proxies and tests"],
];

const VERIFY_OUTPUTS_HELP = `Stack outputs (--outputs FILE):
  Reads firewall-0-management-ip, firewall-1-management-ip and megaport-products of the network
  stack, from \`cdktf deploy --outputs-file FILE\` (stacks by name, e.g. network or syd-network) or
  \`terraform output -json > FILE\` in the network stack's directory. Not with --host.
  megaport.mves and megaport.vxcs read GET /v2/product/{uid} with the Megaport API key:
${MEGAPORT_ENVIRONMENT_HELP.map(([name, text]) => `    ${name}\n        ${text}`).join("\n")}`;

const WAIT_READY_CREDENTIALS_HELP = `Credentials:
  A 403 ("Invalid credentials.") ends wait-ready at once with exit 2, even while the firewall boots,
  so that a wrong password or key does not wait for --timeout. (PAN-OS may also answer 403 for a
  while during a restart; prepare tolerates that after the restart it requested itself.)`;

const PREPARE_CREDENTIALS_HELP = `Credentials:
  The first wait fails at once on a 403 ("Invalid credentials."), as wait-ready does. After the
  restart it requested, prepare counts a 403 as not ready until --timeout, because PAN-OS refuses
  credentials for a while as its management plane restarts; with PANOS_USERNAME/PANOS_PASSWORD it
  generates a new API key on each try.`;

function addConnectionOptions(command: Command, timeoutSeconds: number, hostOption: Option): Command {
  return command
    .addOption(hostOption)
    .addOption(new Option("--port <n>", "management HTTPS port").default(443).argParser(parsePort))
    .addOption(new Option("--protocol <protocol>", "API protocol").choices(["https", "http"]).default("https"))
    .addOption(
      new Option(
        "--ca-file <pem>",
        "trust the CA certificate(s) in this PEM file for the firewall's TLS certificate",
      ).conflicts("insecure"),
    )
    .addOption(new Option("--insecure", "do not verify the firewall's TLS certificate (prints a warning)"))
    .addOption(
      new Option("--timeout <seconds>", "time limit for the whole command, waits included")
        .default(timeoutSeconds)
        .argParser(parseSeconds),
    )
    .addOption(
      new Option("--request-timeout <seconds>", "time limit for one API request")
        .default(DEFAULT_REQUEST_TIMEOUT_SECONDS)
        .argParser(parseSeconds),
    )
    .addOption(
      new Option("--max-response-mb <n>", "largest API answer read, in MiB; longer answers end the command")
        .default(DEFAULT_MAX_RESPONSE_MB)
        .argParser(parseMebibytes),
    )
    .option("--json", "print the result as one JSON document on stdout");
}

function parseMebibytes(value: string): number {
  const mebibytes = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || mebibytes <= 0 || mebibytes > 1024) {
    throw new InvalidArgumentError("must be a number of MiB, more than 0 and at most 1024");
  }
  return mebibytes;
}

/** `a,b,,c` → `[a, b, c]`; an empty value is an empty list. */
function parseNameList(value: string): string[] {
  return value
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

function singleHost(): Option {
  return new Option("--host <address>", "firewall management address").makeOptionMandatory();
}

function specOptions(command: Command): Command {
  return command
    .addOption(new Option("--spec-file <path>", "read the XML spec (JSON) from this file").conflicts("specEnv"))
    .addOption(new Option("--spec-env <variable>", "read the XML spec (JSON) from this environment variable"));
}

/** A command's implementation: its parsed options in, an exit code out. */
type Runner<O> = (options: O, context: CliContext) => Promise<number>;

/** Builds the program; `setExitCode` receives the chosen command's exit code. */
export function buildProgram(context: CliContext, setExitCode: (code: number) => void, version: string): Command {
  const { terminal } = context;
  const program = new Command("mve-ha")
    .description(
      "Prepare, configure, commit and verify a Palo Alto Networks VM-Series Active/Active HA pair on " +
        "Megaport Virtual Edge through the PAN-OS XML API (what no Terraform provider covers).",
    )
    .version(version, "--version", "print the version")
    .configureOutput({ writeOut: (s) => terminal.writeOut(s), writeErr: (s) => terminal.writeErr(s) })
    .exitOverride()
    .showHelpAfterError("(add --help for usage)")
    .addHelpText("after", `\n${ENVIRONMENT_HELP}\n\n${EXIT_CODES_HELP}\n`);

  // Command modules load lazily, so start-up reads only the chosen command's code.
  const action =
    <O>(load: () => Runner<O>) =>
    async (options: O) =>
      setExitCode(await load()(options, context));

  addConnectionOptions(
    program
      .command("wait-ready")
      .description("wait until the API answers, the chassis is ready and no boot-time auto-commit job runs")
      .addHelpText("after", `\n${WAIT_READY_CREDENTIALS_HELP}`),
    DEFAULT_TIMEOUTS["wait-ready"],
    singleHost(),
  ).action(action(() => (require("./commands/wait-ready") as typeof import("./commands/wait-ready")).waitReadyCommand));

  specOptions(
    addConnectionOptions(
      program
        .command("apply")
        .description("apply an XML spec idempotently: read each node, write only what differs, print what changed"),
      DEFAULT_TIMEOUTS.apply,
      singleHost(),
    ),
  )
    .option("--commit", "commit afterwards (as `mve-ha commit`)")
    .action(action(() => (require("./commands/apply") as typeof import("./commands/apply")).applyCommand));

  addConnectionOptions(
    program
      .command("commit")
      .description("commit pending changes and follow the job; non-zero exit with the job's details on FAIL"),
    DEFAULT_TIMEOUTS.commit,
    singleHost(),
  )
    .addOption(
      new Option(
        "--data-interface <name>",
        "with --model-subinterfaces: the data-plane interface whose subinterfaces the stack manages; the commit " +
          "is left to the removal commit that follows when this apply is removing one of them",
      ),
    )
    .addOption(
      new Option(
        "--model-subinterfaces <names>",
        "with --data-interface: the model's subinterfaces under it, comma-separated (empty: none)",
      ).argParser(parseNameList),
    )
    .action(action(() => (require("./commands/commit") as typeof import("./commands/commit")).commitCommand));

  specOptions(
    addConnectionOptions(
      program
        .command("prepare")
        .description(
          "wait-ready, apply the spec, commit, `set system setting jumbo-frame` when the spec sets jumbo frames " +
            "and the device's mode differs, restart when that or a change needs it, wait-ready again, and check " +
            "jumbo-frame mode",
        )
        .addHelpText("after", `\n${PREPARE_CREDENTIALS_HELP}`),
      DEFAULT_TIMEOUTS.prepare,
      singleHost(),
    ),
  ).action(action(() => (require("./commands/prepare") as typeof import("./commands/prepare")).prepareCommand));

  addConnectionOptions(
    program
      .command("verify")
      .description(
        "run the guide's review checklist (HA, BGP, BFD, routes, sessions, path monitoring) and the operator " +
          "checks (pending changes, locks, commit jobs, jumbo frames) on each firewall, " +
          "and with --outputs the Megaport checks (MVEs and VXCs ready and up)",
      )
      .addHelpText("after", `\n${VERIFY_OUTPUTS_HELP}`),
    DEFAULT_TIMEOUTS.verify,
    new Option("--host <address>", "firewall management address; repeat for each firewall of the pair").argParser(
      collect,
    ),
  )
    .addOption(
      new Option(
        "--outputs <file>",
        "the network stack's outputs (cdktf deploy --outputs-file, or terraform output -json): both firewalls " +
          "and every Megaport product of the pair",
      ).conflicts("host"),
    )
    .addOption(new Option("--outputs-stack <name>", "the network stack to read, when --outputs holds several pairs"))
    .option("--report <file>", "also write the result as an HTML page with the pair's diagram coloured by the checks")
    .option("--topology <file>", "the <pair>.topology.json cdktf synth wrote, drawn in the --report page")
    .action(action(() => (require("./commands/verify") as typeof import("./commands/verify")).verifyCommand));

  for (const command of program.commands) command.addHelpText("after", `\n${ENVIRONMENT_HELP}\n\n${EXIT_CODES_HELP}\n`);
  return program;
}
