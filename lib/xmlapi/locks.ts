/** Configuration locks (`show config-locks`): another administrator editing the candidate configuration. */
import { child, path, textOf, type XmlElement } from "../xmlspec/xml";
import type { PanosClient } from "./client";

/** One lock as listed by the device. */
export interface Lock {
  /** The administrator holding it. */
  readonly admin: string;
  /** Scope: `shared` or a vsys. */
  readonly scope: string | undefined;
  readonly comment: string | undefined;
}

function parseLocks(list: XmlElement | undefined): Lock[] {
  return (list?.children ?? [])
    .filter((e) => e.name === "entry")
    .map((e) => ({
      admin: e.attributes.name ?? "",
      scope: textOf(child(e, "name")) ?? textOf(child(e, "type")),
      comment: textOf(child(e, "comment")),
    }));
}

/** Configuration locks held on any scope. */
export async function configLocks(client: PanosClient): Promise<Lock[]> {
  const root = await client.op("<show><config-locks><vsys>all</vsys></config-locks></show>");
  return parseLocks(path(root, "result", "config-locks"));
}

/** `admin (scope: comment)`, for messages. */
export function describeLock(lock: Lock): string {
  const extra = [lock.scope, lock.comment].filter((x) => x !== undefined && x.length > 0).join(": ");
  return extra ? `${lock.admin} (${extra})` : lock.admin;
}
