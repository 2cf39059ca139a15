import * as fs from "node:fs";
import * as path from "node:path";
import type { PinnedProvider } from "../bindings/providers";
import { writeFileAtomic } from "./private-dir";

/**
 * An unpacked Terraform `filesystem_mirror` holding one executable per pinned provider, and the
 * CLI configuration that installs providers from it and from nowhere else (no `direct` source:
 * Terraform never reaches a registry). Each executable is a static shell script that starts the
 * offline provider from environment variables the harness sets, so its bytes, and therefore
 * the `h1:` hash in every `.terraform.lock.hcl`, never change between runs, clones or machines.
 */

/** Environment variables the provider wrapper scripts read. */
export const WRAPPER_ENV = {
  node: "OFFLINE_TF_NODE",
  bundle: "OFFLINE_TF_PROVIDER_BUNDLE",
  schemaDir: "OFFLINE_TF_SCHEMA_DIR",
} as const;

/** Writes (or confirms) the mirror under `dir`; returns its path. Safe to call concurrently. */
export function ensureMirror(dir: string, providers: readonly PinnedProvider[]): string {
  const platform = terraformPlatform();
  for (const provider of providers) {
    const [host, namespace, type] = provider.address.split("/");
    const packageDir = path.join(dir, host, namespace, type, provider.version, platform);
    const executable = path.join(packageDir, `terraform-provider-${provider.name}_v${provider.version}`);
    const script = wrapperScript(provider);
    if (fs.existsSync(executable) && fs.readFileSync(executable, "utf8") === script) continue;
    fs.mkdirSync(packageDir, { recursive: true });
    writeFileAtomic(executable, script, 0o755);
  }
  return dir;
}

/** The CLI configuration: the mirror is the only installation source for these providers. */
export function cliConfig(mirrorDir: string, providers: readonly PinnedProvider[]): string {
  const include = providers.map((provider) => JSON.stringify(provider.address)).join(", ");
  return [
    "# Written by tools/tf (npm run tf): the offline provider mirror; no registry is ever contacted.",
    "disable_checkpoint = true",
    "provider_installation {",
    "  filesystem_mirror {",
    `    path    = ${JSON.stringify(mirrorDir)}`,
    `    include = [${include}]`,
    "  }",
    "}",
    "",
  ].join("\n");
}

/** How every wrapper script begins (the offline command checks installed providers against it). */
export const OFFLINE_WRAPPER_MARK = "#!/bin/sh\n# Offline stand-in for ";

function wrapperScript(provider: PinnedProvider): string {
  return [
    "#!/bin/sh",
    `# Offline stand-in for ${provider.address} ${provider.version}: the provider plugin in`,
    "# tools/offline-provider serving schemas/" + `${provider.name}.json. Started by Terraform under \`npm run tf\`.`,
    `if [ -z "$${WRAPPER_ENV.node}" ] || [ -z "$${WRAPPER_ENV.bundle}" ] || [ -z "$${WRAPPER_ENV.schemaDir}" ]; then`,
    `  echo "terraform-provider-${provider.name} (offline): run Terraform through 'npm run tf -- <arguments>'" >&2`,
    "  exit 1",
    "fi",
    `exec "$${WRAPPER_ENV.node}" "$${WRAPPER_ENV.bundle}" --schema "$${WRAPPER_ENV.schemaDir}/${provider.name}.json"`,
    "",
  ].join("\n");
}

/** Terraform's `<os>_<arch>` name for this machine. */
export function terraformPlatform(): string {
  const os = { win32: "windows", sunos: "solaris" }[process.platform as string] ?? process.platform;
  const arch = { x64: "amd64", ia32: "386", arm: "arm", arm64: "arm64" }[process.arch as string] ?? process.arch;
  return `${os}_${arch}`;
}
