/**
 * The offline Terraform harness as the repository's tests, bench and `npm run tf` use it: the
 * provider and the mve-ha shim bundled from this checkout's sources on demand (tools/tf/bundle.ts),
 * the schemas and pins of this repository. The session itself is tools/tf/offline-session.ts,
 * which the packaged `mve-ha-offline` command shares.
 */
import * as path from "node:path";
import { pinnedProviders } from "../bindings/providers";
import { ensureBundles } from "./bundle";
import {
  type OfflineAssets,
  type OfflineTerraform,
  type OfflineTerraformOptions,
  prepareOfflineSession,
} from "./offline-session";
import { privateRoot } from "./private-dir";

export {
  findTerraform,
  type MveHaMode,
  type OfflineAssets,
  type OfflineTerraform,
  type OfflineTerraformOptions,
  type TerraformRun,
  terraformBinary,
} from "./offline-session";

const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** This checkout's programs (bundled when a source changed), schemas and pinned providers. */
export async function repositoryAssets(): Promise<OfflineAssets> {
  const bundles = await ensureBundles(REPO_ROOT, privateRoot());
  return {
    providers: pinnedProviders(REPO_ROOT),
    schemaDir: path.join(REPO_ROOT, "schemas"),
    providerProgram: bundles.provider,
    shimProgram: [bundles.mveHaShim],
    cacheDir: path.join(path.dirname(bundles.provider), "cache"),
  };
}

/**
 * Prepares the mirror, CLI config, provider bundle and mve-ha shim; fast when they are cached.
 * Terraform reattaches to providers the session starts once (`providers: "reattach"`), unless
 * the caller asks for AutoMTLS (`pluginTls`), which only Terraform's own per-command start does.
 */
export async function prepareOfflineTerraform(options: OfflineTerraformOptions = {}): Promise<OfflineTerraform> {
  const providers = options.providers ?? (options.pluginTls ? "per-command" : "reattach");
  return prepareOfflineSession(await repositoryAssets(), { ...options, providers });
}
