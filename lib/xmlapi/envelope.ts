/**
 * The `<response status="…" code="…">` envelope every XML API reply is wrapped in, and the
 * mapping of failed replies to typed errors.
 */
import { child, parseXml, path, textOf, type XmlElement } from "../xmlspec/xml";
import { CommitBusyError, ConfigLockedError, PanosApiError, PanosAuthError, PanosUnavailableError } from "./errors";

/** A parsed reply. */
export interface PanosResponse {
  /** `success` or `error` (PAN-OS also documents `failed`). */
  readonly status: string;
  /** The `code` attribute, when present. */
  readonly code: number | undefined;
  /** The `<response>` element. */
  readonly root: XmlElement;
  /** `<result>`, when present. */
  readonly result: XmlElement | undefined;
  /** Message lines, wherever this reply put them (see messageLines). */
  readonly lines: readonly string[];
}

/** `get` of an xpath with nothing there: status success, code 7, empty result. */
export const CODE_OBJECT_NOT_PRESENT = 7;
/** The key's session timed out; the request was not executed (the client retries it). */
export const CODE_SESSION_TIMED_OUT = 22;

const LOCKED = /configuration is locked by\s+(.+?)\.?$/i;
const COMMIT_BUSY = [
  /another commit\/validate is in progress/i,
  /a commit is in progress/i,
  /auto-commit not yet finished/i,
  /another sync is in progress/i,
  /cannot commit while an install is in progress/i,
];

function lineTexts(element: XmlElement | undefined): string[] {
  if (!element) return [];
  const lines = element.children.filter((c) => c.name === "line");
  if (lines.length > 0) return lines.map((l) => textOf(l) ?? "").filter((t) => t.length > 0);
  const text = textOf(element);
  return text ? [text] : [];
}

/**
 * Message lines of a reply, looked up where PAN-OS puts them: `msg/line*`, `result/msg/line*`,
 * `result/msg`, `msg`, then the lines of nested multi-config replies.
 */
export function messageLines(root: XmlElement): string[] {
  const direct = [...lineTexts(child(root, "msg")), ...lineTexts(path(root, "result", "msg"))];
  if (direct.length > 0) return direct;
  return root.children.filter((c) => c.name === "response").flatMap((nested) => messageLines(nested));
}

/**
 * Parses a reply body. Only a well-formed document whose one root element is `<response>` is an
 * answer: a body cut short, an HTML error page from the web server during a restart, or an empty
 * body is reported as the device being unavailable (the request may have been processed).
 */
export function parseResponse(body: string, httpStatus: number, host: string): PanosResponse {
  const root = responseRoot(body, `${host} answered HTTP ${httpStatus}`);
  const rawCode = root.attributes.code;
  const code = rawCode !== undefined && /^\s*\d+\s*$/.test(rawCode) ? Number(rawCode) : undefined;
  return {
    status: (root.attributes.status ?? "").trim(),
    code,
    root,
    result: child(root, "result"),
    lines: messageLines(root),
  };
}

/** The one `<response>` root element of a body; throws PanosUnavailableError for anything else. */
function responseRoot(body: string, answered: string): XmlElement {
  const notAnAnswer = (kind: string) =>
    new PanosUnavailableError(`${answered} with ${kind} instead of an API response`, true);
  if (/^\s*(<!doctype html|<html)/i.test(body)) throw notAnAnswer("an HTML page");
  if (body.trim().length === 0) throw notAnAnswer("an empty body");
  if (!body.trimStart().startsWith("<")) throw notAnAnswer("a non-XML body");
  let roots: XmlElement[];
  try {
    roots = parseXml(body);
  } catch (error) {
    // Not well-formed: usually a body cut short, which a lenient reader would take for a shorter answer.
    throw new PanosUnavailableError(`${answered} with malformed XML (${errorMessage(error)})`, true);
  }
  if (roots.length !== 1 || roots[0].name !== "response") {
    throw notAnAnswer(`<${roots.map((r) => r.name).join("> <")}> where one <response> belongs`);
  }
  return roots[0];
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True for a reply that reports success. */
export function isSuccess(response: PanosResponse): boolean {
  return response.status === "success";
}

/**
 * Throws the typed error a failed reply stands for; returns the reply unchanged on success.
 * `what` names the request for the message (e.g. `set /config/…`).
 */
export function expectSuccess(response: PanosResponse, what: string, host: string): PanosResponse {
  if (isSuccess(response)) return response;
  const { code, lines } = response;
  if (code === 403) throw new PanosAuthError(`${host} rejected the credentials (${lines.join(" ") || "HTTP 403"})`);
  for (const line of lines) {
    const locked = LOCKED.exec(line);
    if (locked) throw new ConfigLockedError(host, [locked[1].trim()], line);
  }
  if (lines.some((l) => COMMIT_BUSY.some((re) => re.test(l)))) throw new CommitBusyError(what, code, lines);
  throw new PanosApiError(`${what} on ${host}`, code, lines);
}
