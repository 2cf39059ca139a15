import { decodeMsgpack, encodeMsgpack } from "../cty/msgpack";
import type { CtyType, CtyValue } from "../cty/types";

/** The tfplugin6 message shapes the handlers read and write (snake_case, as protobuf.js gives them). */

/** tfplugin6.DynamicValue. */
export interface DynamicValueMessage {
  msgpack?: Uint8Array | null;
  json?: Uint8Array | null;
}

/** tfplugin6.Diagnostic. */
export interface DiagnosticMessage {
  severity: "ERROR" | "WARNING";
  summary: string;
  detail: string;
}

/** A response that carries only diagnostics. */
export interface DiagnosticsResponse {
  diagnostics: DiagnosticMessage[];
}

/** One error diagnostic. */
export function errorDiagnostic(summary: string, detail: string): DiagnosticMessage {
  return { severity: "ERROR", summary, detail };
}

/** Decodes a DynamicValue; an absent one is null. Only msgpack is accepted: Terraform sends nothing else. */
export function decodeDynamicValue(message: DynamicValueMessage | null | undefined, type: CtyType): CtyValue {
  if (message?.msgpack && message.msgpack.length > 0) return decodeMsgpack(message.msgpack, type);
  if (message?.json && message.json.length > 0) throw new Error("JSON-encoded values are not supported here");
  return null;
}

/** Encodes a value as a msgpack DynamicValue. */
export function encodeDynamicValue(value: CtyValue, type: CtyType): DynamicValueMessage {
  return { msgpack: encodeMsgpack(value, type) };
}
