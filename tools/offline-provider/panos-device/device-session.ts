/**
 * The firewall one configured panos provider writes to (panos-device/xml-api.ts), and the API key
 * from its first keygen, kept for the later requests. One session per ConfigureProvider: nothing
 * lives in module globals.
 */
import type { CtyValue } from "../cty/types";
import type { ObjectNode } from "../schema/nodes";
import type { DeviceConnection } from "./connection";
import { createEntry, deleteEntry, readStoredEntry, updateEntry } from "./entry-object";
import { createRules, deleteRules, readStoredRules, updateRules } from "./rules-object";
import { DeviceXmlApi, type DeviceApi } from "./xml-api";
import { withSpecDefaults } from "./xml-codec";
import type { PanosObjectRow } from "./xpaths";

export class PanosDeviceSession {
  private readonly keys: { apiKey?: string } = {};

  public constructor(public readonly connection: DeviceConnection) {}

  /** Creates, updates or deletes the object (planned null: a delete); resolves with the new state before unknowns are filled. */
  public async apply(row: PanosObjectRow, node: ObjectNode, prior: CtyValue, planned: CtyValue): Promise<CtyValue> {
    return this.withClient(async (client) => {
      if (planned === null) {
        if (row.kind === "rules") await deleteRules(client, row, prior);
        else await deleteEntry(client, row, prior);
        return null;
      }
      const value = withSpecDefaults(planned, node, row);
      if (row.kind === "rules") {
        return prior === null ? createRules(client, row, node, value) : updateRules(client, row, node, prior, value);
      }
      return prior === null ? createEntry(client, row, node, value) : updateEntry(client, row, node, prior, value);
    });
  }

  /** What the device holds for the stored object; null when it is gone. */
  public async read(row: PanosObjectRow, node: ObjectNode, stored: CtyValue): Promise<CtyValue> {
    return this.withClient((client) =>
      row.kind === "rules" ? readStoredRules(client, row, node, stored) : readStoredEntry(client, row, node, stored),
    );
  }

  private async withClient<T>(work: (api: DeviceApi) => Promise<T>): Promise<T> {
    return work(new DeviceXmlApi(this.connection, this.keys));
  }
}
