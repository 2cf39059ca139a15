/**
 * A session owner that dies without dispose(), started by reattach.test.ts: it prepares a session
 * with the fixture file given as its argument, runs one Terraform command (which starts the
 * providers of a reattach session), prints the provider pids as one JSON line and waits to be killed.
 */
import * as os from "node:os";
import { prepareOfflineTerraform } from "../../tools/tf/harness";

async function main(): Promise<void> {
  const terraform = await prepareOfflineTerraform({ fixturesFile: process.argv[2] });
  await terraform.run(os.tmpdir(), ["version"]);
  process.stdout.write(`${JSON.stringify(terraform.providerPids?.() ?? {})}\n`);
  setInterval(() => undefined, 60_000);
}

void main();
