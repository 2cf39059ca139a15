/**
 * One `<entry>` resource on the device, with the requests panos 2.0.12's entry manager makes:
 * create = `get` (an existing entry is a conflict) + `set` of the entry at its parent + `get`;
 * update = `get` + `edit` of the entry, keeping what the entry holds that no attribute maps,
 * + `get` (the real provider batches its edits in a multi-config request; the effect on the
 * configuration is the same); delete = `delete` (an absent entry is
 * fine); read = `get` (absent: the resource is gone).
 */
import { renderXml, type XmlElement } from "../../../lib/xmlspec/xml";
import { type CtyRecord, type CtyValue, isRecord } from "../cty/types";
import type { ObjectNode } from "../schema/nodes";
import { entryXpath, parentXpath } from "./entry-xpath";
import type { DeviceApi } from "./xml-api";
import { DeviceMappingError, keepUnmapped, readEntry, renderEntry } from "./xml-codec";
import type { PanosObjectRow } from "./xpaths";

/** The entry the device answered, checked to be the one asked for. */
async function fetchEntry(client: DeviceApi, xpath: string): Promise<XmlElement | undefined> {
  const found = await client.get(xpath);
  if (found && found.name !== "entry") {
    throw new DeviceMappingError(`${xpath}: the device answered <${found.name}>, not the entry`);
  }
  return found;
}

function readBack(found: XmlElement | undefined, xpath: string): XmlElement {
  if (!found) throw new DeviceMappingError(`${xpath}: written, but the device does not hold it`);
  return found;
}

function objectOf(value: CtyValue, what: string): CtyRecord {
  if (!isRecord(value)) throw new DeviceMappingError(`${what}: no object to write`);
  return value;
}

/** Creates the entry; resolves with what the device then holds. */
export async function createEntry(
  client: DeviceApi,
  row: PanosObjectRow,
  node: ObjectNode,
  planned: CtyValue,
): Promise<CtyRecord> {
  const xpath = entryXpath(row, planned);
  if (await fetchEntry(client, xpath)) {
    throw new DeviceMappingError(`${xpath}: the entry already exists on ${client.host} (import it or remove it first)`);
  }
  await client.set(parentXpath(xpath), renderXml(renderEntry(objectOf(planned, xpath), node, row)));
  return readEntry(readBack(await fetchEntry(client, xpath), xpath), node, row, planned);
}

/** Replaces the entry; a changed xpath (e.g. another parent) moves it: the old one is deleted first. */
export async function updateEntry(
  client: DeviceApi,
  row: PanosObjectRow,
  node: ObjectNode,
  prior: CtyValue,
  planned: CtyValue,
): Promise<CtyRecord> {
  const before = entryXpath(row, prior);
  const xpath = entryXpath(row, planned);
  const existing = await fetchEntry(client, before);
  if (before !== xpath) await client.delete(before);
  const entry = keepUnmapped(renderEntry(objectOf(planned, xpath), node, row), existing, node, row);
  await client.edit(xpath, renderXml(entry));
  return readEntry(readBack(await fetchEntry(client, xpath), xpath), node, row, planned);
}

/** Deletes the entry. */
export async function deleteEntry(client: DeviceApi, row: PanosObjectRow, prior: CtyValue): Promise<void> {
  await client.delete(entryXpath(row, prior));
}

/** What the device holds for the stored object; null when the entry is gone. */
export async function readStoredEntry(
  client: DeviceApi,
  row: PanosObjectRow,
  node: ObjectNode,
  stored: CtyValue,
): Promise<CtyRecord | null> {
  const found = await fetchEntry(client, entryXpath(row, stored));
  return found ? readEntry(found, node, row, stored) : null;
}
