/** Credentials come only from the environment, the same variables the panos Terraform provider reads. */
import type { Credentials } from "../xmlapi/client";
import { UsageError } from "./exit-codes";

export const ENV_API_KEY = "PANOS_API_KEY";
export const ENV_USERNAME = "PANOS_USERNAME";
export const ENV_PASSWORD = "PANOS_PASSWORD";

type Environment = Readonly<Record<string, string | undefined>>;

function value(env: Environment, name: string): string | undefined {
  const v = env[name];
  return v !== undefined && v.length > 0 ? v : undefined;
}

/**
 * Reads PANOS_API_KEY, or PANOS_USERNAME + PANOS_PASSWORD (both may be given: the key is used
 * first and the username/password generate a new key if it is rejected).
 */
export function credentialsFromEnvironment(env: Environment): Credentials {
  const apiKey = value(env, ENV_API_KEY);
  const username = value(env, ENV_USERNAME);
  const password = value(env, ENV_PASSWORD);
  if (username !== undefined && password === undefined && apiKey === undefined) {
    throw new UsageError(`${ENV_USERNAME} is set but ${ENV_PASSWORD} is not; set both, or set ${ENV_API_KEY}`);
  }
  if (password !== undefined && username === undefined && apiKey === undefined) {
    throw new UsageError(`${ENV_PASSWORD} is set but ${ENV_USERNAME} is not; set both, or set ${ENV_API_KEY}`);
  }
  if (apiKey === undefined && (username === undefined || password === undefined)) {
    throw new UsageError(
      `no PAN-OS credentials: set ${ENV_API_KEY}, or ${ENV_USERNAME} and ${ENV_PASSWORD}, in the environment`,
    );
  }
  return {
    ...(apiKey !== undefined ? { apiKey } : {}),
    ...(username !== undefined && password !== undefined ? { username, password } : {}),
  };
}
