/**
 * Undoing our own writes after an apply failed part-way, so that nobody's later commit takes a
 * half-applied spec. Each node we wrote is put back as we read it before writing (edited back,
 * or deleted when it was absent), newest first, and read back to prove it. We undo only our own
 * writes rather than `revert config`, which would also throw away other administrators' changes.
 */
import { isSatisfied } from "../../xmlspec/compare";
import type { XmlOperation } from "../../xmlspec/spec";
import { renderXml, type XmlElement } from "../../xmlspec/xml";
import type { PanosClient } from "../../xmlapi/client";
import { writeUntilSatisfied } from "./write-op";

/** A node we may have changed, and how it was before. */
export interface Touched {
  readonly xpath: string;
  /** The node as read before our write; undefined when it was absent. */
  readonly original: XmlElement | undefined;
}

/** What undoing one node came to. */
export interface UndoResult {
  /** True when the node is as it was before (read back). */
  readonly restored: boolean;
  /** True when the undo had to write. */
  readonly wrote: boolean;
  /** Why it could not be restored. */
  readonly message?: string;
}

/** Attributes the device stamps on nodes (who changed them, when); never sent back. */
const STAMPS: ReadonlySet<string> = new Set(["admin", "dirtyId", "time"]);

function unstamped(node: XmlElement): XmlElement {
  const attributes = Object.fromEntries(Object.entries(node.attributes).filter(([k]) => !STAMPS.has(k)));
  return { ...node, attributes, children: node.children.map(unstamped) };
}

/** The operation that puts the node back: edit it to the original, or delete what was absent. */
export function restoreOperation(touched: Touched): XmlOperation {
  return touched.original
    ? { action: "edit", xpath: touched.xpath, element: renderXml(unstamped(touched.original)) }
    : { action: "delete", xpath: touched.xpath };
}

/** Puts one node back and reads it back; never throws (a failure is reported in the result). */
export async function undoWrite(
  client: PanosClient,
  touched: Touched,
  onNote?: (message: string) => void,
): Promise<UndoResult> {
  const restore = restoreOperation(touched);
  try {
    const wrote = await writeUntilSatisfied(client, restore, await client.get(touched.xpath), onNote);
    if (isSatisfied(restore, await client.get(touched.xpath))) return { restored: true, wrote };
    return { restored: false, wrote, message: `${touched.xpath} still differs after ${restore.action}` };
  } catch (error) {
    return { restored: false, wrote: false, message: error instanceof Error ? error.message : String(error) };
  }
}
