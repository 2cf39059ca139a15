/**
 * The plural rules resource (`panos_security_policy_rules`): one `<entry>` per element of
 * `rules`, in a rulebase it shares with rules it does not manage. As panos 2.0.12's uuid manager
 * in its non-exhaustive mode: create refuses a rule that already exists and `edit`s each rule;
 * update `edit`s the planned rules and deletes the ones no longer planned; delete deletes its
 * rules; read lists the rulebase and keeps the rules of the state, in the device's order (none
 * left: the resource is gone). The real provider then moves rules to `position`; this writer never
 * moves a rule: it checks the position holds and fails naming the rules when it does not (a create
 * then deletes the rules it wrote, as the real provider does after a failed move).
 */
import { renderXml, type XmlElement } from "../../../lib/xmlspec/xml";
import { type CtyRecord, type CtyValue, isRecord, record } from "../cty/types";
import type { ObjectNode } from "../schema/nodes";
import { entryXpath, parentXpath } from "./entry-xpath";
import type { DeviceApi } from "./xml-api";
import { DeviceMappingError, readEntry, renderEntry } from "./xml-codec";
import type { PanosObjectRow } from "./xpaths";

const RULES = "rules";

function rulesOf(value: CtyValue): CtyRecord[] {
  const rules = isRecord(value) ? value[RULES] : null;
  return Array.isArray(rules) ? rules.filter(isRecord) : [];
}

function ruleNode(node: ObjectNode): ObjectNode {
  const nested = node.attributes.get(RULES)?.nested;
  if (!nested) throw new DeviceMappingError(`the resource has no "${RULES}" list`);
  return nested.object;
}

function nameOf(rule: CtyRecord): string {
  if (typeof rule.name !== "string") throw new DeviceMappingError("a rule has no name");
  return rule.name;
}

/** The rulebase's `<entry>`s, in order (none when it does not exist yet). */
async function rulebase(client: DeviceApi, row: PanosObjectRow, value: CtyValue): Promise<XmlElement[]> {
  const list = await client.get(parentXpath(entryXpath(row, value, "-")));
  return (list?.children ?? []).filter((c) => c.name === "entry");
}

/** Fails unless the managed rules sit where `position.where` says (first or last; others cannot be checked here). */
function checkPosition(value: CtyValue, entries: readonly XmlElement[], names: readonly string[]): void {
  const position = isRecord(value) ? value.position : null;
  const where = isRecord(position) ? position.where : null;
  const onDevice = entries.map((e) => e.attributes.name).filter((n) => names.includes(n));
  const order = entries.map((e) => e.attributes.name);
  const block = where === "first" ? order.slice(0, names.length) : order.slice(order.length - names.length);
  if (where !== "first" && where !== "last") {
    throw new DeviceMappingError(
      `position.where ${JSON.stringify(where)} is not supported by the offline device writer`,
    );
  }
  if (block.join("\n") !== names.join("\n") || onDevice.length !== names.length) {
    throw new DeviceMappingError(
      `the rules ${names.join(", ")} are not ${where} in the rulebase (${order.join(", ")}); ` +
        "the offline device writer does not move rules",
    );
  }
}

/** What the device holds for the managed rules, in its order, over `base` (location, position). */
function fromDevice(
  entries: readonly XmlElement[],
  node: ObjectNode,
  row: PanosObjectRow,
  base: CtyValue,
  names: readonly string[],
): CtyRecord {
  const stored = rulesOf(base);
  const result = record();
  for (const [name, value] of Object.entries(isRecord(base) ? base : {})) result[name] = value;
  result[RULES] = entries
    .filter((e) => names.includes(e.attributes.name))
    .map((e) => readEntry(e, ruleNode(node), row, stored.find((r) => r.name === e.attributes.name) ?? null, RULES));
  return result;
}

async function writeRules(client: DeviceApi, row: PanosObjectRow, node: ObjectNode, planned: CtyValue) {
  for (const rule of rulesOf(planned)) {
    await client.edit(entryXpath(row, planned, nameOf(rule)), renderXml(renderEntry(rule, ruleNode(node), row, RULES)));
  }
}

/** Creates every rule; resolves with what the device then holds. */
export async function createRules(client: DeviceApi, row: PanosObjectRow, node: ObjectNode, planned: CtyValue) {
  const names = rulesOf(planned).map(nameOf);
  const existing = (await rulebase(client, row, planned)).map((e) => e.attributes.name);
  const taken = names.filter((n) => existing.includes(n));
  if (taken.length > 0) throw new DeviceMappingError(`rule ${taken.join(", ")} already exists on ${client.host}`);
  await writeRules(client, row, node, planned);
  const after = await rulebase(client, row, planned);
  try {
    checkPosition(planned, after, names);
  } catch (error) {
    // As the real provider after a failed move: the rules it just created are deleted again.
    for (const name of names) await client.delete(entryXpath(row, planned, name));
    throw error;
  }
  return fromDevice(after, node, row, planned, names);
}

/** Rewrites the planned rules and deletes those no longer planned. */
export async function updateRules(
  client: DeviceApi,
  row: PanosObjectRow,
  node: ObjectNode,
  prior: CtyValue,
  planned: CtyValue,
) {
  const names = rulesOf(planned).map(nameOf);
  for (const old of rulesOf(prior)
    .map(nameOf)
    .filter((n) => !names.includes(n))) {
    await client.delete(entryXpath(row, prior, old));
  }
  await writeRules(client, row, node, planned);
  const after = await rulebase(client, row, planned);
  checkPosition(planned, after, names);
  return fromDevice(after, node, row, planned, names);
}

/** Deletes every rule of the state. */
export async function deleteRules(client: DeviceApi, row: PanosObjectRow, prior: CtyValue): Promise<void> {
  for (const name of rulesOf(prior).map(nameOf)) await client.delete(entryXpath(row, prior, name));
}

/** The state's rules as the device holds them; null when none is left. */
export async function readStoredRules(client: DeviceApi, row: PanosObjectRow, node: ObjectNode, stored: CtyValue) {
  const names = rulesOf(stored).map(nameOf);
  const result = fromDevice(await rulebase(client, row, stored), node, row, stored, names);
  return (result[RULES] as CtyValue[]).length === 0 ? null : result;
}
