/**
 * `npm run tf -- <terraform arguments>`: the offline Terraform command (tools/tf/offline-command.ts)
 * with this checkout's providers, bundled from source on demand, e.g.
 * `npm run synth && npm run tf -- -chdir=cdktf.out/stacks/network plan`. The packaged
 * `mve-ha-offline` command (tools/tf/offline-bin.ts) is the same command.
 */
import * as path from "node:path";
import { repositoryAssets } from "./harness";
import { runOfflineCommand } from "./offline-command";

/** bin/mve-ha-offline.js runs this file in a source checkout; messages then use that name. */
const name = path.basename(process.argv[1] ?? "").startsWith("mve-ha-offline") ? "mve-ha-offline" : "npm run tf";

// Ctrl-C reaches Terraform directly (same process group); wait for it to finish cleanly, then
// end the providers. SIGTERM and SIGHUP are passed on to Terraform (tools/tf/terraform-child.ts).
process.on("SIGINT", () => undefined);
runOfflineCommand(process.argv.slice(2), { name, assets: repositoryAssets }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${name}: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
