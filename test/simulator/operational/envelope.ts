/** Response envelopes as PAN-OS writes them. */
import { el, renderXml, type XmlElement } from "../../../lib/xmlspec/xml";

/** `<response status="success"><result>…</result></response>`. */
export function successResponse(result: readonly XmlElement[]): string {
  return renderXml(el("response", [el("result", result)], { status: "success" }));
}

/** `<response status="success"><result>text</result></response>`: a one-word answer such as `yes`. */
export function textResponse(text: string): string {
  return renderXml(el("response", [el("result", text)], { status: "success" }));
}

/** A success whose result is JSON inside `<json>` (the Advanced Routing Engine's answers). */
export function jsonResponse(value: unknown): string {
  return successResponse([el("json", JSON.stringify(value))]);
}

/** `<response status="error"><msg><line>…</line></msg></response>`. */
export function errorResponse(lines: readonly string[], code?: string): string {
  const attributes: Record<string, string> = code ? { status: "error", code } : { status: "error" };
  return renderXml(
    el(
      "response",
      [
        el(
          "msg",
          lines.map((line) => el("line", line)),
        ),
      ],
      attributes,
    ),
  );
}
