/**
 * `@cdktf/commons` runs `terraform version` when it is loaded. When TF_CLI_CONFIG_FILE (or
 * ~/.terraformrc) names a missing file, Terraform warns on every call and cdktf logs it as an
 * error. Point Terraform at an existing, empty-but-for-telemetry CLI config for this process.
 * Import this module before anything from `@cdktf/*`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

process.env.CHECKPOINT_DISABLE = "1";
const configured = process.env.TF_CLI_CONFIG_FILE;
if (!configured || !fs.existsSync(configured)) {
  const file = path.join(os.tmpdir(), "cdktf-megaport-panos-ha-quiet.tfrc");
  if (!fs.existsSync(file)) fs.writeFileSync(file, "disable_checkpoint = true\n");
  process.env.TF_CLI_CONFIG_FILE = file;
}
