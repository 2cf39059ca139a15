/**
 * Entry point of dist/bundle/mve-ha-offline.cjs, the `mve-ha-offline` command of the package. One
 * file holds three programs, chosen by the first argument: `--schema <file>` is the offline
 * provider plugin (how the mirror's wrapper scripts start it), SHIM_ROLE the `mve-ha` shim, and
 * anything else the command itself. Each role loads only its own modules.
 */
import { packagedAssets, SHIM_ROLE } from "./packaged-assets";

const NAME = "mve-ha-offline";
const role = process.argv[2];

if (role === "--schema") {
  void import("../offline-provider/main");
} else if (role === SHIM_ROLE) {
  void import("./mve-ha-shim").then((shim) => process.exit(shim.main(process.argv.slice(3))));
} else {
  // Ctrl-C reaches Terraform directly (same process group); wait for it to finish cleanly, then
  // end the providers. SIGTERM and SIGHUP are passed on to Terraform (tools/tf/terraform-child.ts).
  process.on("SIGINT", () => undefined);
  import("./offline-command")
    .then((command) => command.runOfflineCommand(process.argv.slice(2), { name: NAME, assets: packagedAssets }))
    .then(
      (code) => process.exit(code),
      (error: unknown) => {
        process.stderr.write(`${NAME}: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
}
