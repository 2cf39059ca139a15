/**
 * The spellings of a secret that output can carry. A firewall (or anything between) may echo a
 * request back in an error message, and the CLI then prints it as text or inside `--json`; so a
 * secret is masked not only as it is, but as each encoding the request or the output gives it.
 */

const XML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** `JSON.stringify` without the quotes: how a string appears inside `--json`. */
function jsonEscaped(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** XML text and attribute escaping, with named and with numeric quote entities. */
function xmlEscapedForms(text: string): string[] {
  const named = text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
  const numeric = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return [
    named,
    numeric.replace(/"/g, "&#34;").replace(/'/g, "&#39;"),
    numeric.replace(/"/g, "&#x22;").replace(/'/g, "&#x27;"),
  ];
}

/** Percent-encodings: encodeURIComponent, application/x-www-form-urlencoded (`+` for space), lower-case hex. */
function urlEncodedForms(text: string): string[] {
  const component = encodeURIComponent(text);
  const form = new URLSearchParams({ v: text }).toString().slice(2);
  const lower = (s: string) => s.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase());
  return [component, form, component.replace(/%20/g, "+"), lower(component), lower(form)];
}

/** Base64 and base64url of the UTF-8 bytes (with and without padding). */
function base64Forms(text: string): string[] {
  const bytes = Buffer.from(text, "utf8");
  const padded = bytes.toString("base64");
  return [padded, padded.replace(/=+$/, ""), bytes.toString("base64url")];
}

/**
 * Every spelling of `secret` to mask: raw, URL-, form-, XML- and base64-encoded, each also as it
 * appears JSON-escaped once and twice (a JSON document quoted inside `--json`). Longest first, so a
 * longer spelling is replaced whole before a shorter one inside it.
 */
export function secretForms(secret: string): string[] {
  if (secret.length === 0) return [];
  const base = [secret, ...urlEncodedForms(secret), ...xmlEscapedForms(secret), ...base64Forms(secret)];
  const all = base.flatMap((form) => [form, jsonEscaped(form), jsonEscaped(jsonEscaped(form))]);
  return [...new Set(all)].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
}

/** The spellings of HTTP basic authentication for a username and password (`base64(user:password)`). */
export function basicAuthForms(username: string, password: string): string[] {
  return base64Forms(`${username}:${password}`);
}
