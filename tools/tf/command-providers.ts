/**
 * The offline providers of one `mve-ha-offline` / `npm run tf` invocation. The command starts each
 * provider the stack needs once, before Terraform, and points every Terraform process it runs at
 * them (TF_REATTACH_PROVIDERS, tools/tf/reattach.ts); left to itself, Terraform starts a provider
 * process per provider instance and graph walk (measured: a plan 3 to 5, a validate 2, each
 * 0.4–0.6 s of node start). The processes end when the command ends, however it ends.
 *
 * Their logs go where Terraform's own go when TF_LOG or TF_LOG_PROVIDER asks for logs (the file
 * TF_LOG_PATH names, else stderr), as the logs of providers Terraform starts itself do; otherwise
 * into a file of the private directory, removed at the end unless a provider failed to start
 * (the error names it).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { PinnedProvider } from "../bindings/providers";
import type { OfflineAssets } from "./offline-session";
import { startReattachedProviders } from "./reattach";
import { registryAddress } from "./stack-check";

/** Running providers and the environment that makes Terraform attach to them. */
export interface CommandProviders {
  /** TF_REATTACH_PROVIDERS, or nothing when the stack needs no provider. */
  readonly env: NodeJS.ProcessEnv;
  /** Ends the providers and waits until they have exited. */
  stop(): Promise<void>;
}

/** What the command knows when it starts the providers. */
export interface CommandProvidersContext {
  readonly assets: OfflineAssets;
  /** The stack directory (absolute). */
  readonly stackDir: string;
  /** The environment Terraform runs with; the providers get it too (fixture file, cache directory). */
  readonly env: NodeJS.ProcessEnv;
  /** The directory relative TF_LOG_PATH values are resolved against. */
  readonly cwd: string;
  /** Where a log file of the providers' own may go. */
  readonly privateDir: string;
}

/** Starts the providers `context.stackDir` needs; Terraform attaches to them with `env`. */
export async function startCommandProviders(context: CommandProvidersContext): Promise<CommandProviders> {
  const providers = providersOfStack(context.stackDir, context.assets.providers);
  if (providers.length === 0) return { env: {}, stop: () => Promise.resolve() };
  const destination = logDestination(context);
  const running = await startReattachedProviders({ ...context.assets, providers }, context.env, destination.log);
  return {
    env: { TF_REATTACH_PROVIDERS: running.reattach },
    stop: async () => {
      await running.stop();
      if (destination.temporary) fs.rmSync(destination.temporary, { force: true });
    },
  };
}

/**
 * The pinned providers the stack's `*.tf.json` files require. A `.tf` file (HCL, not read here)
 * or a module call may need any of them: then all. One Terraform does not find among the reattached
 * ones is started by Terraform itself from the installation `init` made.
 */
export function providersOfStack(dir: string, pinned: readonly PinnedProvider[]): PinnedProvider[] {
  const files = fs.readdirSync(dir).filter((name) => name.endsWith(".tf.json") || name.endsWith(".tf"));
  const required = new Set<string>();
  for (const name of files) {
    if (!name.endsWith(".tf.json")) return [...pinned];
    const json = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as {
      terraform?: { required_providers?: Record<string, { source?: string } | string> };
      module?: unknown;
    };
    if (json.module !== undefined) return [...pinned];
    for (const [localName, requirement] of Object.entries(json.terraform?.required_providers ?? {})) {
      const source = typeof requirement === "string" ? undefined : requirement.source;
      required.add(registryAddress(source ?? `hashicorp/${localName}`));
    }
  }
  return pinned.filter((provider) => required.has(provider.address));
}

function logDestination(context: CommandProvidersContext): { log: string | number; temporary?: string } {
  const { env } = context;
  const logging = [env.TF_LOG, env.TF_LOG_PROVIDER].some((level) => level && level.toLowerCase() !== "off");
  if (logging) return { log: env.TF_LOG_PATH ? path.resolve(context.cwd, env.TF_LOG_PATH) : process.stderr.fd };
  const file = path.join(context.privateDir, `providers-${process.pid}.log`);
  return { log: file, temporary: file };
}
