import * as fs from "node:fs";
import * as path from "node:path";

/** One provider this project uses, as pinned in `cdktf.json`. */
export interface PinnedProvider {
  /** Registry namespace, e.g. `megaport`. */
  readonly namespace: string;
  /** Provider type name, e.g. `megaport`; also the `.gen/providers/<name>` folder and `schemas/<name>.json`. */
  readonly name: string;
  /** Exact version, e.g. `1.13.1`. */
  readonly version: string;
  /** The `cdktf.json` entry, e.g. `megaport/megaport@1.13.1`. */
  readonly spec: string;
  /** Absolute path of the schema JSON (`terraform providers schema -json` output). */
  readonly schemaFile: string;
  /** Registry address as Terraform writes it, e.g. `registry.terraform.io/megaport/megaport`. */
  readonly address: string;
}

/** Reads the pinned providers from `<root>/cdktf.json`; every entry must name an exact version. */
export function pinnedProviders(root: string): PinnedProvider[] {
  const config = JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8")) as {
    terraformProviders?: string[];
  };
  return (config.terraformProviders ?? []).map((spec) => {
    const match = /^([a-z0-9-]+)\/([a-z0-9-]+)@(\d+\.\d+\.\d+)$/.exec(spec);
    if (!match) {
      throw new Error(`cdktf.json terraformProviders entry "${spec}" must be <namespace>/<name>@<exact version>`);
    }
    const [, namespace, name, version] = match;
    return {
      namespace,
      name,
      version,
      spec,
      schemaFile: path.join(root, "schemas", `${name}.json`),
      address: `registry.terraform.io/${namespace}/${name}`,
    };
  });
}
