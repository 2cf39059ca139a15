/**
 * Issue 17: `mve-ha` loads only what the chosen command needs. `--help` reads no HTTP client,
 * no XML parser and no API code; a command loads its own. Counted (the modules a fresh process
 * loaded), not timed.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** Runs `run(argv)` of lib/cli/main.ts in a fresh process; returns the modules it loaded (packages and our files). */
function modulesLoadedBy(argv: readonly string[]): { code: number; packages: string[]; sources: string[] } {
  const script = `
    require("tsx/cjs");
    const { run } = require(${JSON.stringify(path.join(ROOT, "lib/cli/main.ts"))});
    const sink = { write: () => true };
    run(${JSON.stringify(argv)}, { stdout: sink, stderr: sink, env: {} }).then((code) => {
      // tsx and its esbuild run the TypeScript sources; they are not the CLI's.
      const files = Object.keys(require.cache).filter((f) => !["tsx", "esbuild"].some((p) => f.includes("/node_modules/" + p + "/")));
      process.stdout.write(JSON.stringify({ code, files }));
    });`;
  const result = spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  const { code, files } = JSON.parse(result.stdout) as { code: number; files: string[] };
  const packages = [
    ...new Set(
      files.filter((f) => f.includes("/node_modules/")).map((f) => f.split("/node_modules/")[1].split("/")[0]),
    ),
  ];
  const sources = files.filter((f) => !f.includes("/node_modules/")).map((f) => path.relative(ROOT, f));
  return { code, packages: packages.sort(), sources: sources.sort() };
}

describe("mve-ha start", () => {
  test("--help loads no HTTP client, XML parser, API client, progress, session or command code", () => {
    const loaded = modulesLoadedBy(["--help"]);
    expect(loaded.code).toBe(0);
    expect(loaded.packages).toEqual(["commander"]);
    // Error classes and the address parser the exit codes and the host check name are small and
    // dependency-free; the client, the transport, progress, sessions, commands and checks are not read.
    const heavy = loaded.sources.filter((f) =>
      /^lib\/(xmlapi\/(client|transport|commit|jobs)|verify\/|cli\/(session|progress)|cli\/commands\/)/.test(f),
    );
    expect(heavy).toEqual([]);
  });

  test("a command still loads what it needs (verify: the API client and the checks)", () => {
    const loaded = modulesLoadedBy(["verify", "--host", "127.0.0.1", "--port", "1", "--timeout", "1"]);
    expect(loaded.packages).toEqual(expect.arrayContaining(["commander", "fast-xml-parser", "undici"]));
    expect(loaded.sources).toEqual(expect.arrayContaining(["lib/cli/commands/verify.ts", "lib/xmlapi/client.ts"]));
  });
});
