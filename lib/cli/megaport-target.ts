/**
 * The Megaport side of `mve-ha verify --outputs`: credentials and URLs from the environment
 * (checked before anything is sent: the loopback guard, both keys or neither), the secret and
 * every token registered for redaction, and a client bounded by the command's deadline.
 */
import {
  ENV_MEGAPORT_ACCESS_KEY,
  ENV_MEGAPORT_API_URL,
  ENV_MEGAPORT_SECRET_KEY,
  ENV_MEGAPORT_TOKEN_URL,
  megaportSettingsFromEnvironment,
  MegaportSettingsError,
  type MegaportApiSettings,
} from "../megaport-api/environment";
import { MegaportClient } from "../megaport-api/client";
import type { MegaportTarget, PairProducts } from "../verify/checks/megaport-products";
import { UsageError } from "./exit-codes";
import { ENV_LOOPBACK_ONLY, isLoopbackAddress } from "./loopback-guard";
import type { CliContext, ConnectionOptions, Session } from "./session";

/** A target for the Megaport checks and what to close afterwards. */
export interface MegaportConnection {
  readonly target: MegaportTarget;
  close(): Promise<void>;
}

/** Throws before anything is sent when the loopback guard is on and a Megaport URL leaves 127.0.0.0/8. */
function assertUrlsAllowed(settings: MegaportApiSettings, env: CliContext["env"]): void {
  if (env[ENV_LOOPBACK_ONLY] !== "1") return;
  const urls: [string, string][] = [
    [ENV_MEGAPORT_API_URL, settings.apiUrl],
    [ENV_MEGAPORT_TOKEN_URL, settings.tokenUrl],
  ];
  for (const [name, url] of urls) {
    if (!isLoopbackAddress(new URL(url).hostname)) {
      throw new UsageError(
        `refusing the Megaport URL ${url}: ${ENV_LOOPBACK_ONLY}=1 allows only IPv4 addresses in 127.0.0.0/8; set ${name}`,
      );
    }
  }
}

/** The Megaport target for `products`: a client, or a skip with the reason when no keys are set. */
export function megaportConnection(
  products: PairProducts,
  session: Session,
  options: ConnectionOptions,
  context: CliContext,
): MegaportConnection {
  let settings: MegaportApiSettings | undefined;
  try {
    settings = megaportSettingsFromEnvironment(context.env);
  } catch (error) {
    if (error instanceof MegaportSettingsError) throw new UsageError(error.message);
    throw error;
  }
  if (settings === undefined) {
    const skipReason = `no Megaport credentials: set ${ENV_MEGAPORT_ACCESS_KEY} and ${ENV_MEGAPORT_SECRET_KEY} to check the products`;
    return { target: { products, skipReason }, close: async () => undefined };
  }
  assertUrlsAllowed(settings, context.env);
  const { terminal, tuning } = context;
  terminal.addSecret(settings.secretKey);
  terminal.addBasicAuth(settings.accessKey, settings.secretKey);
  for (const url of [settings.apiUrl, settings.tokenUrl]) {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" && !isLoopbackAddress(parsed.hostname)) {
      terminal.warn(`${url} is plain HTTP: the Megaport keys and tokens cross the network unencrypted`);
    }
  }
  const client = new MegaportClient({
    settings,
    deadline: session.deadline,
    requestTimeoutMs: options.requestTimeout * 1000,
    retry: tuning.retry,
    onRetry: (message) => session.progress.note(message),
    onSecret: (secret) => terminal.addSecret(secret),
  });
  return {
    target: { products, getProduct: (uid) => client.getProduct(uid) },
    close: () => client.close(),
  };
}
