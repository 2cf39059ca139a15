/**
 * A fresh app outside the repository, as a user would make one: its own package.json with pinned
 * cdktf, constructs and TypeScript, the packed tarball installed from a file, then type-check,
 * synth, the installed `mve-ha --help` and `mve-ha-offline` on the synthesized stacks.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkOfflineCommand } from "./offline-check";
import { capture, check, REPO_ROOT, run } from "./run";

/** The pinned toolchain of the consumer app (what a fresh `cdktf init` installs, pinned). */
export const CONSUMER_TOOLCHAIN = { cdktf: "0.21.0", typescript: "5.8.3", "@types/node": "20.19.43" } as const;

/** The stacks the consumer app (test/consumer/app/main.ts) synthesizes: two prefixed pairs. */
export const CONSUMER_STACKS = ["mel-a-", "mel-b-"].flatMap((p) =>
  ["network", "firewall-0", "firewall-1"].map((s) => p + s),
);

const APP_SOURCES = path.join(REPO_ROOT, "test", "consumer", "app");
const INSTALL_FLAGS = ["--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];

/** Writes the app's package.json and sources into `dir` (which must be empty). */
export function writeConsumerApp(dir: string, tarball: string, constructs: string): void {
  const manifest = {
    name: "consumer-app",
    private: true,
    dependencies: {
      "cdktf-megaport-panos-ha": `file:${tarball}`,
      cdktf: CONSUMER_TOOLCHAIN.cdktf,
      constructs,
    },
    devDependencies: { typescript: CONSUMER_TOOLCHAIN.typescript, "@types/node": CONSUMER_TOOLCHAIN["@types/node"] },
  };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
  for (const file of ["main.ts", "tsconfig.json"]) fs.copyFileSync(path.join(APP_SOURCES, file), path.join(dir, file));
}

/** Every installed copy of `name` under the app's node_modules (a second copy is the bug). */
export function installedCopies(dir: string, name: string): string[] {
  const found: string[] = [];
  const visit = (modules: string): void => {
    if (!fs.existsSync(modules)) return;
    for (const entry of fs.readdirSync(modules)) {
      const packageDir = path.join(modules, entry);
      if (entry.startsWith("@")) {
        for (const scoped of fs.readdirSync(packageDir)) visit(path.join(packageDir, scoped, "node_modules"));
        continue;
      }
      if (entry === name) found.push(path.relative(dir, packageDir));
      visit(path.join(packageDir, "node_modules"));
    }
  };
  visit(path.join(dir, "node_modules"));
  return found;
}

/** Installs, type-checks, synthesizes and runs the CLI of the consumer app in `dir`. */
export function checkConsumerApp(dir: string, tarball: string, constructs: string): void {
  writeConsumerApp(dir, tarball, constructs);
  run(dir, "npm", ["install", ...INSTALL_FLAGS]);
  const copies = installedCopies(dir, "constructs");
  check(copies.length === 1, `expected one copy of constructs, found: ${copies.join(", ")}`);
  const installed = JSON.parse(fs.readFileSync(path.join(dir, "node_modules/constructs/package.json"), "utf8"));
  check(installed.version === constructs, `constructs ${installed.version} installed, ${constructs} wanted`);
  check(!fs.existsSync(path.join(dir, "node_modules", "tsx")), "tsx was installed: the package needs a dev tool");

  run(dir, "npx", ["--no-install", "tsc", "-p", "."]);
  run(dir, "node", [path.join("dist", "main.js")]);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "cdktf.out", "manifest.json"), "utf8")) as {
    stacks: Record<string, unknown>;
  };
  const stacks = Object.keys(manifest.stacks).sort();
  check(
    JSON.stringify(stacks) === JSON.stringify([...CONSUMER_STACKS].sort()),
    `synthesized stacks ${stacks.join(", ")}; expected ${CONSUMER_STACKS.join(", ")}`,
  );
  for (const prefix of ["mel-a-", "mel-b-"]) checkNetworkStack(dir, `${prefix}network`);
  checkValidationReport(dir);

  const help = capture(dir, path.join(dir, "node_modules", ".bin", "mve-ha"), ["--help"]);
  check(help.status === 0, `mve-ha --help exited ${help.status}: ${help.stderr}`);
  check(/verify/.test(help.stdout) && /prepare/.test(help.stdout), `mve-ha --help printed:\n${help.stdout}`);
  for (const line of checkOfflineCommand(dir, "mel-a-")) console.log(line);
}

/** Under plain node, a props mistake is printed once, as its message, and the exit status is 1. */
function checkValidationReport(dir: string): void {
  const result = capture(dir, "node", [path.join("dist", "main.js")], {
    env: { ...process.env, CONSUMER_HA3_MBPS: "-5", CDKTF_OUTDIR: path.join(dir, "invalid.out") },
  });
  const output = `${result.stdout}${result.stderr}`;
  const message = "mel-a: haLinks.ha3RateLimitMbps = -5: must be a whole number of Mbps";
  check(result.status === 1, `invalid props: node exited ${result.status}`);
  check(output.split(message).length - 1 === 1, `invalid props: the message is not printed once:\n${output}`);
  check(!/^\s+at .+[(:]\d+/m.test(output), `invalid props: a stack trace was printed:\n${output}`);
}

/** The network stack holds the three connection kinds on both MVEs, on the app's VLANs. */
function checkNetworkStack(dir: string, stack: string): void {
  const file = path.join(dir, "cdktf.out", "stacks", stack, "cdk.tf.json");
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as { resource: Record<string, Record<string, unknown>> };
  const mves = Object.keys(json.resource.megaport_mve ?? {});
  check(mves.length === 2, `${stack}: ${mves.length} MVEs, expected 2`);
  const vxcs = Object.values(json.resource.megaport_vxc ?? {}) as Array<{ product_name: string }>;
  for (const kind of ["aws", "azure", "dc"]) {
    const named = vxcs.filter((v) => new RegExp(` ${kind}$`).test(v.product_name));
    check(named.length === 2, `${stack}: ${named.length} "${kind}" VXCs, expected one per MVE`);
  }
}

/**
 * An app with constructs outside the peer range: npm must refuse (ERESOLVE) or warn about the
 * peer, never install a second copy of constructs silently. Returns what npm said.
 */
export function checkIncompatibleConstructs(dir: string, tarball: string, constructs: string): string {
  writeConsumerApp(dir, tarball, constructs);
  const result = capture(dir, "npm", ["install", ...INSTALL_FLAGS.filter((f) => !f.startsWith("--loglevel"))]);
  const said = `${result.stdout}\n${result.stderr}`;
  const refused = result.status !== 0 && /ERESOLVE/.test(said) && /constructs/.test(said);
  const warned = result.status === 0 && /peer/i.test(said) && /constructs/.test(said);
  check(refused || warned, `npm said nothing about constructs ${constructs} (exit ${result.status}):\n${said}`);
  if (result.status === 0) {
    const copies = installedCopies(dir, "constructs");
    check(copies.length === 1, `a second copy of constructs was installed: ${copies.join(", ")}`);
  }
  return said.split("\n").find((line) => /ERESOLVE|peer/.test(line)) ?? "";
}
