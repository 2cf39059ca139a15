/**
 * Device mode and the firewall a panos provider block names. Device mode is explicit
 * (`OFFLINE_PROVIDER_PANOS_DEVICE=on`); otherwise the panos resources live in Terraform state
 * only and nothing is contacted. The connection takes the provider block's attributes first and
 * the real provider's `PANOS_*` environment variables second, as panos 2.0.12 does; TLS trusts
 * `SSL_CERT_FILE` when set (the variable Go, so the real provider, reads for its trust store),
 * and skips verification only for `skip_verify_certificate`. Only IPv4 addresses in 127.0.0.0/8
 * are ever contacted.
 */
import { isLoopbackAddress } from "../../../lib/cli/loopback-guard";
import type { Credentials, Endpoint } from "../../../lib/xmlapi";
import { type CtyValue, isRecord, NumberText, Unknown } from "../cty/types";

/** The variable that turns device mode on (`on`) or leaves it off (`off`, or unset). */
export const PANOS_DEVICE_ENV = "OFFLINE_PROVIDER_PANOS_DEVICE";

/** `device`: panos resources are written to and read from the firewall; `state`: Terraform state only. */
export type PanosDeviceMode = "device" | "state";

/** Environment variables, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** A provider configuration device mode cannot use (an address off loopback, an unknown hostname). */
export class DeviceConnectionError extends Error {}

/** The mode the environment asks for; anything but `on`, `off` or unset is refused (a typo must not turn writes off). */
export function panosDeviceMode(env: Environment): PanosDeviceMode {
  const value = env[PANOS_DEVICE_ENV];
  if (value === undefined || value === "" || value === "off") return "state";
  if (value === "on") return "device";
  throw new DeviceConnectionError(`${PANOS_DEVICE_ENV} must be "on" or "off", not ${JSON.stringify(value)}`);
}

/** Where and as whom to reach the firewall. */
export interface DeviceConnection {
  readonly endpoint: Endpoint;
  readonly credentials: Credentials;
}

function attribute(config: CtyValue, name: string): CtyValue {
  return isRecord(config) ? (config[name] ?? null) : null;
}

function text(config: CtyValue, name: string, env: Environment, variable: string): string | undefined {
  const value = attribute(config, name);
  if (value instanceof Unknown) {
    throw new DeviceConnectionError(
      `the panos provider's ${name} is not known yet (it depends on a value known only after apply); device mode needs it`,
    );
  }
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (value instanceof NumberText) return value.text;
  if (typeof value === "boolean") return String(value);
  const fromEnv = env[variable];
  return fromEnv === undefined || fromEnv === "" ? undefined : fromEnv;
}

/** Refuses any address but an IPv4 literal in 127.0.0.0/8, naming it and why. */
export function checkLoopback(hostname: string): void {
  if (isLoopbackAddress(hostname)) return;
  throw new DeviceConnectionError(
    `refusing to contact ${JSON.stringify(hostname)}: the offline panos provider writes only to ` +
      "IPv4 addresses in 127.0.0.0/8 (simulated firewalls); a real firewall is never contacted offline",
  );
}

/**
 * The connection the provider block (decoded ConfigureProvider value) and environment describe.
 * `readFile` reads the CA file (injected for tests).
 */
export function deviceConnection(
  config: CtyValue,
  env: Environment,
  readFile: (file: string) => string,
): DeviceConnection {
  const hostname = text(config, "hostname", env, "PANOS_HOSTNAME");
  if (!hostname) throw new DeviceConnectionError("the panos provider has no hostname (attribute or PANOS_HOSTNAME)");
  checkLoopback(hostname);
  const protocol = text(config, "protocol", env, "PANOS_PROTOCOL") ?? "https";
  if (protocol !== "https" && protocol !== "http") {
    throw new DeviceConnectionError(`the panos provider's protocol must be https or http, not ${protocol}`);
  }
  const portText = text(config, "port", env, "PANOS_PORT");
  const port = portText === undefined ? (protocol === "https" ? 443 : 80) : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DeviceConnectionError(`the panos provider's port ${portText} is not a TCP port`);
  }
  const insecure = text(config, "skip_verify_certificate", env, "PANOS_SKIP_VERIFY_CERTIFICATE") === "true";
  const caFile = env.SSL_CERT_FILE;
  const endpoint: Endpoint = {
    host: hostname,
    port,
    protocol,
    ...(insecure ? { insecure } : {}),
    ...(caFile && !insecure && protocol === "https" ? { ca: readFile(caFile) } : {}),
  };
  const credentials: Credentials = {
    apiKey: text(config, "api_key", env, "PANOS_API_KEY"),
    username: text(config, "username", env, "PANOS_USERNAME"),
    password: text(config, "password", env, "PANOS_PASSWORD"),
  };
  if (!credentials.apiKey && !(credentials.username && credentials.password)) {
    throw new DeviceConnectionError(
      "the panos provider has no credentials: set api_key or username and password (or PANOS_API_KEY, PANOS_USERNAME and PANOS_PASSWORD)",
    );
  }
  return { endpoint, credentials };
}
