/**
 * The `type=op` response envelope: `<response status="success|error" code="N">` with data under
 * `result` and messages under `msg/line`, `result/msg/line`, `result/msg` or `msg`. Real error bodies
 * use single-quoted, space-padded attributes and CDATA lines; an HTML error page, a truncated body or
 * a success without `result` is not an answer at all (a `malformed` failure).
 */
import { parseXml, type XmlElement } from "../xmlspec/xml";
import { failure, malformed, success, type Outcome } from "./outcome";
import { childrenNamed } from "./xml-read";

const SNIPPET_LENGTH = 80;

/** Reads a raw op response body: the `result` element on success, the device's message otherwise. */
export function readOpResponse(body: string): Outcome<XmlElement> {
  let roots: XmlElement[];
  try {
    roots = parseXml(body);
  } catch (error) {
    return malformed(
      `unparsable response (${error instanceof Error ? error.message : String(error)}): ${snippet(body)}`,
    );
  }
  const response = roots.length === 1 && roots[0].name === "response" ? roots[0] : undefined;
  if (!response) {
    const first = roots.find((e) => e.name !== "response") ?? roots[0];
    const found = first ? `<${first.name}> ${snippet(allText(first))}` : snippet(body);
    return malformed(`not a PAN-OS XML API response: ${found}`.trim());
  }
  // Only the envelope's message counts: a data value (a peer name, say) must not switch engines.
  const message = envelopeMessage(response);
  if (message !== undefined && mentionsAdvancedRoutingMode(message)) return failure(`device answered: ${message}`);
  const status = response.attributes.status?.trim().toLowerCase();
  if (status !== "success") {
    const code = response.attributes.code?.trim();
    return failure(
      `device answered error${code ? ` code ${code}` : ""}: ${message ?? `status ${status ?? "missing"}`}`,
    );
  }
  const result = childrenNamed(response, "result")[0];
  // Every op answer carries a result; without one an empty list would read as "none configured".
  return result ? success(result) : malformed("a success answer without <result>");
}

/** True when a device says the legacy routing command does not exist because Advanced Routing is on. */
export function mentionsAdvancedRoutingMode(text: string): boolean {
  return /deprecated in advanced routing/i.test(text);
}

/** Parses the JSON document PAN-OS puts inside `result/json` for Advanced Routing commands. */
export function readJsonResult(result: XmlElement): Outcome<unknown> {
  const json = childrenNamed(result, "json")[0];
  if (!json) {
    if (result.children.length === 0 && !result.text?.trim()) return success({});
    return failure("expected JSON inside <json>, found none");
  }
  const text = json.text?.trim() ?? "";
  if (text === "") return success({});
  try {
    return success(JSON.parse(text) as unknown);
  } catch (error) {
    return failure(`unparsable JSON inside <json>: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The message lines of an envelope, joined; undefined when it carries none. */
function envelopeMessage(response: XmlElement): string | undefined {
  const result = childrenNamed(response, "result")[0];
  const candidates = [
    ...childrenNamed(response, "msg"),
    ...childrenNamed(result, "msg"),
    ...(result && result.children.length === 0 ? [result] : []),
  ];
  for (const msg of candidates) {
    const lines = childrenNamed(msg, "line").map((line) => allText(line));
    const text = (lines.length > 0 ? lines : [allText(msg)]).filter((line) => line !== "").join("; ");
    if (text) return text;
  }
  return undefined;
}

/** All text inside an element, whitespace-collapsed. */
function allText(element: XmlElement): string {
  const parts: string[] = [];
  const visit = (e: XmlElement): void => {
    if (e.text) parts.push(e.text);
    e.children.forEach(visit);
  };
  visit(element);
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH)}…` : flat;
}
