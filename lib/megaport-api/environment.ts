/**
 * Where the Megaport API is and who calls it: the same environment variables the Megaport Terraform
 * provider reads, plus two URL overrides for proxies and tests.
 */

export const ENV_MEGAPORT_ACCESS_KEY = "MEGAPORT_ACCESS_KEY";
export const ENV_MEGAPORT_SECRET_KEY = "MEGAPORT_SECRET_KEY";
export const ENV_MEGAPORT_ENVIRONMENT = "MEGAPORT_ENVIRONMENT";
/** Overrides the API base URL (for proxies and tests). */
export const ENV_MEGAPORT_API_URL = "MEGAPORT_API_URL";
/** Overrides the OAuth 2.0 token URL (for proxies and tests). */
export const ENV_MEGAPORT_TOKEN_URL = "MEGAPORT_TOKEN_URL";

/** The Megaport environments, as the Terraform provider's `environment` names them. */
export type MegaportEnvironment = "production" | "staging" | "development";

/** API and token URLs per environment (see API-FACTS.md for where each was confirmed). */
export const MEGAPORT_ENDPOINTS: Readonly<Record<MegaportEnvironment, { api: string; token: string }>> = {
  production: { api: "https://api.megaport.com", token: "https://auth-m2m.megaport.com/oauth2/token" },
  staging: { api: "https://api-staging.megaport.com", token: "https://auth-m2m-staging.megaport.com/oauth2/token" },
  development: {
    api: "https://api-mpone-dev.megaport.com",
    token: "https://auth-m2m-mpone-dev.megaport.com/oauth2/token",
  },
};

/** Everything needed to call the API. */
export interface MegaportApiSettings {
  readonly accessKey: string;
  readonly secretKey: string;
  readonly environment: MegaportEnvironment;
  /** API base URL, without a trailing slash. */
  readonly apiUrl: string;
  readonly tokenUrl: string;
}

/** A setting that cannot work; the message names the variable, the value's problem and the fix. */
export class MegaportSettingsError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = "MegaportSettingsError";
  }
}

type Environment = Readonly<Record<string, string | undefined>>;

function value(env: Environment, name: string): string | undefined {
  const v = env[name];
  return v !== undefined && v.length > 0 ? v : undefined;
}

function environmentOf(env: Environment): MegaportEnvironment {
  // Unset means staging, as for the Terraform provider.
  const name = value(env, ENV_MEGAPORT_ENVIRONMENT) ?? "staging";
  if (name === "production" || name === "staging" || name === "development") return name;
  throw new MegaportSettingsError(
    `${ENV_MEGAPORT_ENVIRONMENT}=${JSON.stringify(name)} is not an environment; use production, staging or development`,
  );
}

function urlOf(env: Environment, name: string, fallback: string): string {
  const text = value(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new MegaportSettingsError(`${name} is not a URL; give e.g. https://proxy.example:8443`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new MegaportSettingsError(`${name} must be an http or https URL`);
  }
  return text.replace(/\/+$/, "");
}

/**
 * The settings from the environment; undefined when neither key is set (the Megaport checks are
 * then skipped). One key without the other is a mistake worth stopping for.
 */
export function megaportSettingsFromEnvironment(env: Environment): MegaportApiSettings | undefined {
  const accessKey = value(env, ENV_MEGAPORT_ACCESS_KEY);
  const secretKey = value(env, ENV_MEGAPORT_SECRET_KEY);
  if (accessKey === undefined && secretKey === undefined) return undefined;
  if (accessKey === undefined || secretKey === undefined) {
    const [set, missing] =
      accessKey === undefined
        ? [ENV_MEGAPORT_SECRET_KEY, ENV_MEGAPORT_ACCESS_KEY]
        : [ENV_MEGAPORT_ACCESS_KEY, ENV_MEGAPORT_SECRET_KEY];
    throw new MegaportSettingsError(
      `${set} is set but ${missing} is not; set both, or neither to skip the Megaport checks`,
    );
  }
  const environment = environmentOf(env);
  const endpoints = MEGAPORT_ENDPOINTS[environment];
  return {
    accessKey,
    secretKey,
    environment,
    apiUrl: urlOf(env, ENV_MEGAPORT_API_URL, endpoints.api),
    tokenUrl: urlOf(env, ENV_MEGAPORT_TOKEN_URL, endpoints.token),
  };
}
