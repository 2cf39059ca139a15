/**
 * Whether, and where, a configured provider writes its panos resources to a device: only the
 * panos provider, only in device mode (panos-device/connection.ts), only for the types of the
 * XPath table, and never a type the table lacks (device mode fails rather than pretend a write).
 */
import * as fs from "node:fs";
import { type CtyValue, isRecord, Unknown } from "../cty/types";
import {
  DeviceConnectionError,
  deviceConnection,
  type Environment,
  PANOS_DEVICE_ENV,
  panosDeviceMode,
} from "../panos-device/connection";
import { PanosDeviceSession } from "../panos-device/device-session";
import { panosObjectRow, type PanosObjectRow } from "../panos-device/xpaths";

/** The registry address suffix of the provider whose resources go to the device. */
const PANOS_ADDRESS = /\/paloaltonetworks\/panos$/i;

/** How a provider process reaches its environment and files (injected by tests). */
export interface DeviceEnvironment {
  readonly env: () => Environment;
  readonly readFile: (file: string) => string;
}

export const PROCESS_ENVIRONMENT: DeviceEnvironment = {
  env: () => process.env,
  readFile: (file) => fs.readFileSync(file, "utf8"),
};

/** Device mode of one configured panos provider. */
export class PanosDeviceBinding {
  private constructor(
    private readonly session: PanosDeviceSession | undefined,
    /** Why the session could not be made yet (an unknown hostname at plan time); raised on first use. */
    private readonly pending: DeviceConnectionError | undefined,
  ) {}

  /**
   * The binding of a ConfigureProvider; undefined when the provider is not panos or device mode is
   * off. Throws (an error diagnostic) for a hostname off loopback or missing credentials.
   */
  public static configure(
    providerAddress: string,
    config: CtyValue,
    environment: DeviceEnvironment,
    log: (line: string) => void,
  ): PanosDeviceBinding | undefined {
    if (!PANOS_ADDRESS.test(providerAddress)) return undefined;
    const env = environment.env();
    if (panosDeviceMode(env) === "state") {
      log(`panos device mode off (${PANOS_DEVICE_ENV} not "on"): resources live in Terraform state only`);
      return undefined;
    }
    if (isRecord(config) && config.hostname instanceof Unknown) {
      return new PanosDeviceBinding(
        undefined,
        new DeviceConnectionError(
          "the panos provider's hostname is not known yet (it depends on a value known only after apply); device mode needs it to read or write",
        ),
      );
    }
    const connection = deviceConnection(config, env, environment.readFile);
    log(
      `panos device mode on: ${connection.endpoint.protocol}://${connection.endpoint.host}:${connection.endpoint.port}`,
    );
    return new PanosDeviceBinding(new PanosDeviceSession(connection), undefined);
  }

  /** The row of a resource type; a type the table lacks is an error in device mode. */
  public row(typeName: string): PanosObjectRow {
    const row = panosObjectRow(typeName);
    if (!row) {
      throw new DeviceConnectionError(
        `${typeName} has no row in the offline device table (tools/offline-provider/panos-device/xpaths.ts); ` +
          `device mode cannot write it (unset ${PANOS_DEVICE_ENV} to keep panos resources in state only)`,
      );
    }
    return row;
  }

  /** The session; throws why there is none. */
  public device(): PanosDeviceSession {
    if (!this.session) throw this.pending ?? new DeviceConnectionError("no panos device session");
    return this.session;
  }
}
