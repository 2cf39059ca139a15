/**
 * The installed `mve-ha-offline` command on the consumer app's synthesized stacks, run from the
 * app's directory (outside the repository) with a relative -chdir, as the README's CI job does:
 * validate and plan of a network stack (with the README's fixture file), validate of its firewall
 * stacks. The package's runtime
 * dependencies hold no gRPC or msgpack library: the command is one self-contained bundle.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { findTerraform } from "../../tools/tf/offline-session";
import { capture, check, REPO_ROOT } from "./run";

/** Runs the checks in the app directory `dir` (already installed and synthesized). */
export function checkOfflineCommand(dir: string, prefix: string): string[] {
  const command = path.join(dir, "node_modules", ".bin", "mve-ha-offline");
  const help = capture(dir, command, ["--help"]);
  check(help.status === 0 && /^Usage: mve-ha-offline /.test(help.stdout), `mve-ha-offline --help:\n${help.stderr}`);
  for (const library of ["@grpc/grpc-js", "@msgpack/msgpack", "esbuild", "tsx"]) {
    check(!fs.existsSync(path.join(dir, "node_modules", library)), `${library} was installed with the package`);
  }
  if (!findTerraform()) {
    return ["SKIPPED: terraform not found on PATH, so mve-ha-offline did not run (install Terraform 1.11)"];
  }
  fs.writeFileSync(path.join(dir, "offline-fixture.json"), readmeFixture());
  const before = listFiles(dir);
  const said: string[] = [];
  const offline = (stack: string, subcommand: string, ...options: string[]) => {
    const started = Date.now();
    const args = [...options, "--", `-chdir=cdktf.out/stacks/${prefix}${stack}`, subcommand];
    const result = capture(dir, command, [...args, "-no-color"]);
    check(
      result.status === 0,
      `mve-ha-offline ${args.join(" ")} exited ${result.status}:\n${result.stderr}${result.stdout}`,
    );
    said.push(`mve-ha-offline ${args.join(" ")}: ok (${Date.now() - started} ms)`);
    return result.stdout;
  };
  offline("network", "validate");
  const plan = offline("network", "plan");
  offline("network", "plan", "--fixture", "offline-fixture.json");
  const planned = /Plan: (\d+) to add, 0 to change, 0 to destroy\./.exec(plan);
  check(planned && Number(planned[1]) > 0, `the network plan adds nothing:\n${plan}`);
  said[said.length - 2] += `, ${planned[0]}`;
  for (const stack of ["firewall-0", "firewall-1"]) offline(stack, "validate");
  const after = listFiles(dir);
  check(
    JSON.stringify(after) === JSON.stringify(before),
    `mve-ha-offline left files in the app: ${after.filter((f) => !before.includes(f)).join(", ")}`,
  );
  return said;
}

/** The fixture file the README's "Check your stacks in CI without credentials" shows. */
function readmeFixture(): string {
  const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("**Fixture file**"));
  const block = /```json\n([\s\S]*?)```/.exec(section);
  check(block, "README.md: no fixture example after **Fixture file**");
  return block[1];
}

/** Files of the app outside node_modules, relative and sorted. */
function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => !name.startsWith("node_modules") && fs.statSync(path.join(dir, name)).isFile())
    .sort();
}
