/** The XPath of one object, from its row's template and its location and attributes. */
import { type CtyValue, isRecord } from "../cty/types";
import { DeviceMappingError } from "./xml-codec";
import { LOCATION_DEFAULTS, type PanosObjectRow } from "./xpaths";

/** A value placed between single quotes in an XPath: PAN-OS names never hold one. */
function quoted(value: CtyValue, what: string): string {
  if (typeof value !== "string" || value === "") throw new DeviceMappingError(`${what} is not known`);
  if (value.includes("'")) throw new DeviceMappingError(`${what} holds a quote, which no PAN-OS name may`);
  return value;
}

/** The location variables of the row's variant: the configured value, else its spec default. */
function locationVariable(row: PanosObjectRow, value: CtyValue, name: string): string {
  const location = isRecord(value) ? value.location : null;
  const variant = isRecord(location) ? location[row.location] : null;
  if (!isRecord(variant)) {
    const given = isRecord(location) ? Object.keys(location).filter((k) => location[k] !== null) : [];
    throw new DeviceMappingError(
      `${row.resource}: location ${given.join(", ") || "(none)"} is not mapped; the offline device writer knows location ${row.location}`,
    );
  }
  const configured = variant[name];
  const fallback = LOCATION_DEFAULTS[`location.${row.location}.${name}`];
  return quoted(typeof configured === "string" ? configured : (fallback ?? null), `location.${row.location}.${name}`);
}

/** The entry's XPath; `name` overrides the object's own name (the rules resource names each rule). */
export function entryXpath(row: PanosObjectRow, value: CtyValue, name?: string): string {
  const attributes = isRecord(value) ? value : {};
  return row.xpath.replace(/\{([a-z_]+)\}/g, (_match, variable: string) => {
    switch (variable) {
      case "device":
        return `/config/devices/entry[@name='${locationVariable(row, value, "ngfw_device")}']`;
      case "vsys":
        return locationVariable(row, value, "name");
      case "name":
        return quoted(name ?? attributes.name ?? null, "name");
      default:
        return quoted(attributes[variable] ?? null, variable);
    }
  });
}

/** The XPath of the list holding the entry (the template without its last step). */
export function parentXpath(entry: string): string {
  const last = entry.lastIndexOf("/entry[@name='");
  return entry.slice(0, last);
}
