/**
 * The offline command's programs and data inside the packaged bundle dist/bundle/mve-ha-offline.cjs
 * (scripts/bundle-offline.ts): the bundle itself is the provider (`--schema <file>`, as the mirror's
 * wrappers start it) and the mve-ha shim (SHIM_ROLE); the provider schemas and pins are embedded
 * at build time and written once per build into the private root, where the provider reads them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { PinnedProvider } from "../bindings/providers";
import type { OfflineAssets } from "./offline-session";
import { ensurePrivateDirectory, privateRoot, writeFileAtomic } from "./private-dir";

/** The first argument that makes the bundle the mve-ha shim. */
export const SHIM_ROLE = "--mve-ha-shim";

/** What scripts/bundle-offline.ts embeds (as a JSON string, so that only the CLI role parses it). */
export interface EmbeddedOfflineData {
  /** A hash of the embedded data: the private directory it is written to. */
  readonly hash: string;
  readonly providers: ReadonlyArray<Omit<PinnedProvider, "schemaFile">>;
  /** Schema text (`terraform providers schema -json`) per provider name. */
  readonly schemas: Readonly<Record<string, string>>;
}

declare const MVE_HA_OFFLINE_EMBEDDED: string | undefined;

/** The assets of the running bundle; throws outside one. */
export async function packagedAssets(): Promise<OfflineAssets> {
  if (typeof MVE_HA_OFFLINE_EMBEDDED !== "string") {
    throw new Error("packagedAssets() runs only inside dist/bundle/mve-ha-offline.cjs (npm run bundle:offline)");
  }
  const embedded = JSON.parse(MVE_HA_OFFLINE_EMBEDDED) as EmbeddedOfflineData;
  const dir = ensurePrivateDirectory(path.join(privateRoot(), "packaged", embedded.hash));
  const schemaDir = ensurePrivateDirectory(path.join(dir, "schemas"));
  const providers = embedded.providers.map((provider) => {
    const schemaFile = path.join(schemaDir, `${provider.name}.json`);
    if (!fs.existsSync(schemaFile)) writeFileAtomic(schemaFile, embedded.schemas[provider.name]);
    return { ...provider, schemaFile };
  });
  return {
    providers,
    schemaDir,
    providerProgram: __filename,
    shimProgram: [__filename, SHIM_ROLE],
    cacheDir: path.join(dir, "cache"),
  };
}
