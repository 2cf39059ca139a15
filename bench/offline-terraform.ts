/**
 * Offline Terraform timings: provider start to handshake line (plaintext and AutoMTLS), then
 * every stack of the example through init, validate, plan, apply and re-plan, one command at a
 * time, once with the providers Terraform reattaches to (started once for the pass, as the tests
 * run) and once with Terraform starting them per command (as a user's `terraform` does). Rows of
 * the second pass are named `per-command <stack>: <step>`. `npm run bench` prints these rows;
 * `npx tsx bench/offline-terraform.ts` runs it alone.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../tools/offline-provider/protocol/handshake";
import { createServerCertificate } from "../tools/offline-provider/protocol/tls";
import { ensureBundles } from "../tools/tf/bundle";
import { findTerraform, prepareOfflineTerraform } from "../tools/tf/harness";
import { privateRoot } from "../tools/tf/private-dir";
import { placeholderVariables } from "../tools/tf/placeholder-variables";
import { stackLevels, synthesize } from "../tools/tf/stacks";
import { guideExample } from "../examples/guide-example";

const ROOT = path.resolve(__dirname, "..");
const LAUNCHES = 7;

/** How a pass gets its providers, and the prefix of its row names. */
export const PROVIDER_MODES = [
  { providers: "reattach", prefix: "" },
  { providers: "per-command", prefix: "per-command " },
] as const;

/** Measures the offline provider and the Terraform commands the test suite runs. */
export async function measureOfflineTerraform(): Promise<Array<{ name: string; ms: number }>> {
  const rows: Array<{ name: string; ms: number }> = [];
  const bundle = (await ensureBundles(ROOT, privateRoot())).provider;
  const clientCertificate = (await createServerCertificate()).certificatePem;
  for (const schema of ["megaport", "panos"]) {
    rows.push({
      name: `provider start to handshake, plaintext, ${schema} (median of ${LAUNCHES})`,
      ms: await medianHandshake(bundle, schema, {}),
    });
    rows.push({
      name: `provider start to handshake, AutoMTLS, ${schema} (median of ${LAUNCHES})`,
      ms: await medianHandshake(bundle, schema, { PLUGIN_CLIENT_CERT: clientCertificate }),
    });
  }
  if (!findTerraform()) {
    console.warn("SKIPPED: terraform not found on PATH; no Terraform timings measured.");
    return rows;
  }

  for (const mode of PROVIDER_MODES) rows.push(...(await measureStacks(mode)));
  return rows;
}

/** Every stack of the example, init to re-plan, with the providers of `mode`. */
async function measureStacks(mode: (typeof PROVIDER_MODES)[number]): Promise<Array<{ name: string; ms: number }>> {
  const rows: Array<{ name: string; ms: number }> = [];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-offline-terraform-"));
  const terraform = await prepareOfflineTerraform({
    fixturesFile: path.join(ROOT, "test/terraform/fixtures/guide-example.json"),
    providers: mode.providers,
  });
  try {
    const suiteStarted = performance.now();
    const outdir = path.join(scratch, "cdktf.out");
    // `mve-ha` on PATH: the harness's recording shim, not the bundled CLI.
    synthesize((app, options) => guideExample(app, { ...options, cli: "mve-ha" }), outdir, path.join(scratch, "state"));
    rows.push({
      name: `${mode.prefix}synthesize the example (in-process)`,
      ms: Math.round(performance.now() - suiteStarted),
    });
    for (const stack of stackLevels(outdir).flat()) {
      Object.assign(terraform.env, placeholderVariables(stack.workingDirectory, terraform.env));
      const times: Record<string, number> = {};
      for (const [step, args] of [
        ["init", ["init", "-input=false"]],
        ["validate", ["validate"]],
        ["plan", ["plan", "-input=false"]],
        ["apply", ["apply", "-input=false", "-auto-approve"]],
        ["re-plan", ["plan", "-input=false", "-detailed-exitcode"]],
      ] as const) {
        const run = await terraform.run(stack.workingDirectory, [...args, "-no-color"]);
        if (run.code !== 0) throw new Error(`terraform ${step} failed in ${stack.name}:\n${run.stderr}`);
        times[step] = run.ms;
        rows.push({ name: `${mode.prefix}${stack.name}: ${step}`, ms: run.ms });
      }
      rows.push({ name: `${mode.prefix}${stack.name}: validate + plan`, ms: times.validate + times.plan });
    }
    rows.push({
      name: `${mode.prefix}every stack, init to re-plan, one command at a time (${mode.providers}, providers' start included)`,
      ms: Math.round(performance.now() - suiteStarted),
    });
  } finally {
    await terraform.dispose();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}

async function medianHandshake(bundle: string, schema: string, env: NodeJS.ProcessEnv): Promise<number> {
  const times: number[] = [];
  for (let launch = 0; launch < LAUNCHES; launch++) times.push(await timeHandshake(bundle, schema, env));
  return times.sort((a, b) => a - b)[Math.floor(LAUNCHES / 2)];
}

function timeHandshake(bundle: string, schema: string, env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [bundle, "--schema", path.join(ROOT, "schemas", `${schema}.json`)], {
    env: { PATH: process.env.PATH, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5,6", ...env },
    stdio: ["ignore", "pipe", "ignore"],
  });
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => {
      const ms = Math.round(performance.now() - started);
      child.kill();
      resolve(ms);
    });
    child.once("exit", (code) => reject(new Error(`provider exited (${code}) before its handshake`)));
  });
}

if (require.main === module) {
  measureOfflineTerraform().then(
    (rows) => {
      for (const row of rows) console.log(`${String(row.ms).padStart(6)} ms  ${row.name}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
