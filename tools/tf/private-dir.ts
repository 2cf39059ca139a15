import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * The harness's private root: `<tmp>/cdktf-megaport-panos-ha-<uid>`, mode 0700, owned by us.
 * Terraform executes scripts from it (provider wrappers, the mve-ha shim), so a directory someone
 * else could write to is refused. It is never under the home directory: when the temporary
 * directory is, /tmp is used instead.
 */
export function privateRoot(): string {
  const base = temporaryBase();
  return ensurePrivateDirectory(path.join(base, `cdktf-megaport-panos-ha-${userId()}`));
}

/** Creates `dir` (mode 0700) if needed; throws unless it is a directory only we can write to. */
export function ensurePrivateDirectory(dir: string): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = fs.lstatSync(dir);
  const ownedByUs = typeof process.getuid !== "function" || stat.uid === process.getuid();
  if (!stat.isDirectory() || !ownedByUs || (stat.mode & 0o077) !== 0) {
    throw new Error(
      `${dir} must be a directory owned by you with mode 0700 (Terraform runs scripts from it); remove it or fix its permissions`,
    );
  }
  return dir;
}

/** Creates a fresh private directory under the root (`prefix` names its purpose). */
export function makePrivateDir(prefix: string): string {
  return fs.mkdtempSync(path.join(privateRoot(), `${prefix}-`));
}

/** Writes a file atomically (temp file + rename), so concurrent writers never expose half a file. */
export function writeFileAtomic(file: string, content: string, mode = 0o644): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temporary, content, { mode });
  fs.renameSync(temporary, file);
}

function temporaryBase(): string {
  const candidate = path.resolve(os.tmpdir());
  const home = path.resolve(os.homedir());
  const insideHome = candidate === home || candidate.startsWith(`${home}${path.sep}`);
  return insideHome ? "/tmp" : candidate;
}

function userId(): string {
  return typeof process.getuid === "function" ? String(process.getuid()) : os.userInfo().username;
}
