/**
 * The firewall one configured panos provider writes to: a PAN-OS XML API client per request
 * (lib/xmlapi, with its retries and typed errors) and the API key from the first keygen, kept for
 * the later ones. One session per ConfigureProvider: nothing lives in module globals.
 */
import { Deadline, PanosClient } from "../../../lib/xmlapi";
import type { CtyValue } from "../cty/types";
import type { ObjectNode } from "../schema/nodes";
import type { DeviceConnection } from "./connection";
import { createEntry, deleteEntry, readStoredEntry, updateEntry } from "./entry-object";
import { createRules, deleteRules, readStoredRules, updateRules } from "./rules-object";
import { withSpecDefaults } from "./xml-codec";
import type { PanosObjectRow } from "./xpaths";

/** Budget of one Terraform RPC's device work (Terraform itself has no shorter timeout). */
const RPC_BUDGET_MS = 120_000;
/** Attempts per request: the simulator answers at once; a restart in between is retried. */
const RETRY = { attempts: 4, initialDelayMs: 200, maxDelayMs: 2_000 };

export class PanosDeviceSession {
  private apiKey: string | undefined;

  public constructor(
    public readonly connection: DeviceConnection,
    private readonly log: (line: string) => void,
  ) {}

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

  private async withClient<T>(work: (client: PanosClient) => Promise<T>): Promise<T> {
    const { endpoint, credentials } = this.connection;
    const client = new PanosClient({
      endpoint,
      credentials: this.apiKey ? { ...credentials, apiKey: this.apiKey } : credentials,
      deadline: Deadline.after(RPC_BUDGET_MS),
      retry: RETRY,
      onSecret: (key) => (this.apiKey = key),
      onRetry: (message) => this.log(`panos device ${endpoint.host}: ${message}`),
    });
    try {
      return await work(client);
    } finally {
      await client.close();
    }
  }
}
