/**
 * go-plugin's launch contract: Terraform sets the magic cookie and the protocol versions it
 * speaks; the plugin answers with one stdout line
 * `CORE-VERSION|APP-VERSION|NETWORK|ADDRESS|PROTOCOL|SERVER-CERT` and nothing else on stdout.
 */

/** Terraform's magic cookie (the same for every provider). */
export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

const CORE_PROTOCOL_VERSION = 1;
/** Terraform plugin protocol major version served here. */
export const PLUGIN_PROTOCOL_VERSION = 6;

/** Why this process was not started the way Terraform starts a provider, or undefined when it was. */
export function launchProblem(env: NodeJS.ProcessEnv): string | undefined {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    return "This binary is a Terraform provider plugin (offline stand-in). It is started by Terraform, not by hand: run `npm run tf -- <terraform arguments>`.";
  }
  const offered = env.PLUGIN_PROTOCOL_VERSIONS;
  if (
    offered &&
    !offered
      .split(",")
      .map((v) => v.trim())
      .includes(String(PLUGIN_PROTOCOL_VERSION))
  ) {
    return `Terraform offered plugin protocol versions ${offered}; this provider speaks only version ${PLUGIN_PROTOCOL_VERSION} (Terraform 1.0 or newer).`;
  }
  return undefined;
}

/** The handshake line for a gRPC server on a TCP address, with the server certificate under mTLS. */
export function handshakeLine(address: string, certificate?: string): string {
  const fields = [CORE_PROTOCOL_VERSION, PLUGIN_PROTOCOL_VERSION, "tcp", address, "grpc"];
  return `${[...fields, ...(certificate ? [certificate] : [])].join("|")}\n`;
}
