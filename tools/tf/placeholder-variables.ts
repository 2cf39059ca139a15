/**
 * Offline runs need values for the variables a stack declares (secrets such as the admin password
 * hash arrive as variables at deploy time). These placeholders are obviously fake, well-formed
 * where the stacks check a format, and used only for variables that have no value in the
 * environment (`TF_VAR_<name>`).
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** A well-formed placeholder per variable name the example uses; other names get a generic one. */
const KNOWN: Readonly<Record<string, string>> = {
  ssh_public_key: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ offline-placeholder",
  admin_password_hash: "$5$offlineplacehol$0000000000000000000000000000000000000000000",
  aws_account_id: "123456789012",
};

/** Names of the variables declared in a synthesized stack directory. */
export function declaredVariables(stackDir: string): string[] {
  const file = path.join(stackDir, "cdk.tf.json");
  if (!fs.existsSync(file)) return [];
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as { variable?: Record<string, unknown> };
  return Object.keys(json.variable ?? {}).sort();
}

/** `TF_VAR_*` entries for the declared variables that `env` does not already give. */
export function placeholderVariables(stackDir: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of declaredVariables(stackDir)) {
    if (env[`TF_VAR_${name}`] !== undefined) continue;
    values[`TF_VAR_${name}`] = KNOWN[name] ?? `offline-placeholder-${name}`;
  }
  return values;
}
