import { mveHa } from "./harness";

const COMMON = [
  "--host",
  "--port",
  "--protocol",
  "--ca-file",
  "--insecure",
  "--timeout",
  "--request-timeout",
  "--json",
];
const COMMANDS: Record<string, readonly string[]> = {
  "wait-ready": COMMON,
  apply: [...COMMON, "--spec-file", "--spec-env", "--commit"],
  commit: COMMON,
  prepare: [...COMMON, "--spec-file", "--spec-env"],
  verify: COMMON,
};

test("mve-ha --help lists every command, the credential variables and the exit codes", async () => {
  const { code, stdout } = await mveHa(["--help"]);
  expect(code).toBe(0);
  for (const command of Object.keys(COMMANDS)) expect(stdout).toMatch(new RegExp(`^  ${command} `, "m"));
  for (const variable of ["PANOS_API_KEY", "PANOS_USERNAME", "PANOS_PASSWORD", "MVE_HA_LOOPBACK_ONLY"]) {
    expect(stdout).toContain(variable);
  }
  expect(stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n(.*\n)* {2}2 .*\n {2}3 /);
});

test.each(Object.entries(COMMANDS))("mve-ha %s --help documents each of its options", async (command, options) => {
  const { code, stdout } = await mveHa([command, "--help"]);
  expect(code).toBe(0);
  for (const option of options) expect(stdout).toMatch(new RegExp(`^ {2}${option}\\b.* {2}\\S`, "m"));
  expect(stdout).toContain("Exit codes:");
});

test("defaults are shown: port 443, https, per-command timeouts", async () => {
  const { stdout } = await mveHa(["prepare", "--help"]);
  expect(stdout).toMatch(/management HTTPS port \(default: 443\)/);
  expect(stdout).toMatch(/choices: "https", "http", default:\s+"https"/);
  expect(stdout).toMatch(/\(default: 1800\)/);
});

test.each([
  [[], /^Usage: mve-ha \[options\] \[command\]/],
  [["frobnicate"], /unknown command 'frobnicate'/],
  [["commit"], /required option '--host <address>' not specified/],
  [["commit", "--host", "127.0.0.1", "--port", "99999"], /must be a port number 1-65535/],
  [["commit", "--host", "127.0.0.1", "--protocol", "ftp"], /Allowed choices are https, http/],
  [["commit", "--host", "127.0.0.1", "--timeout", "soon"], /must be a number of seconds/],
  [["commit", "--host", "127.0.0.1", "--insecure", "--ca-file", "x.pem"], /cannot be used with/],
  [["apply", "--host", "127.0.0.1", "--spec-file", "a", "--spec-env", "B"], /cannot be used with/],
])("usage error %j exits 2", async (args, message) => {
  const { code, stderr } = await mveHa(args);
  expect(code).toBe(2);
  expect(stderr).toMatch(message);
});

test("--version prints the package version", async () => {
  const { code, stdout } = await mveHa(["--version"]);
  expect(code).toBe(0);
  expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});
