/**
 * Where the bundled `mve-ha` CLI (one CommonJS file, built by `npm run bundle:cli`) lives: at the
 * same path below the package root in a source checkout (lib/…/*.ts) and in the installed
 * package (dist/lib/…/*.js), so it is found from this file's own location either way.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The bundle's path below the package root. */
export const CLI_BUNDLE_RELATIVE_PATH = "dist/bundle/mve-ha.cjs";

/** The bundle's file name, also its name inside each synthesized stack's assets. */
export const CLI_BUNDLE_FILE_NAME = path.basename(CLI_BUNDLE_RELATIVE_PATH);

const PACKAGE_NAME = "cdktf-megaport-panos-ha";

/** The bundle is not where the package keeps it. */
export class MissingCliBundleError extends Error {
  public constructor(
    public readonly file: string,
    fix: string,
  ) {
    super(`The bundled mve-ha CLI ${file} is missing, so the stacks cannot carry it: ${fix}`);
    this.name = "MissingCliBundleError";
  }
}

/** The package root above `from` (the directory whose package.json is this package's). */
export function packageRoot(from: string = __dirname): string | undefined {
  for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (!fs.existsSync(file)) continue;
    try {
      if ((JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string }).name === PACKAGE_NAME) return dir;
    } catch {
      // An unreadable package.json further up is not ours; keep looking.
    }
  }
  return undefined;
}

/** The absolute path of the bundled CLI; throws MissingCliBundleError naming the fix when it is absent. */
export function cliBundlePath(from: string = __dirname): string {
  const root = packageRoot(from);
  if (root === undefined) {
    throw new MissingCliBundleError(
      CLI_BUNDLE_RELATIVE_PATH,
      `no ${PACKAGE_NAME} package.json above ${from}; install the package, or set \`cli\` to an mve-ha command on PATH`,
    );
  }
  const file = path.join(root, CLI_BUNDLE_RELATIVE_PATH);
  if (fs.existsSync(file)) return file;
  const sourceCheckout = fs.existsSync(path.join(root, "lib", "cli", "main.ts"));
  throw new MissingCliBundleError(
    file,
    sourceCheckout
      ? "run `npm run bundle:cli` (npm run synth and the tests build it themselves)"
      : `the installed ${PACKAGE_NAME} is incomplete; reinstall it, or set \`cli\` to an mve-ha command on PATH`,
  );
}
