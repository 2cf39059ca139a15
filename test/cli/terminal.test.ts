import { Terminal } from "../../lib/cli/terminal";

test("every line written is redacted of the secrets the run knows", () => {
  let out = "";
  let err = "";
  const terminal = new Terminal({ write: (t: string) => (out += t) }, { write: (t: string) => (err += t) });
  terminal.addSecret("hunter2-password");
  terminal.out("key=hunter2-password;again hunter2-password");
  terminal.error("failed for hunter2-password");
  terminal.writeOut("help hunter2-password\n");
  terminal.writeErr("usage hunter2-password\n");
  terminal.warn("warned hunter2-password");
  expect(out).toBe("key=[redacted];again [redacted]\nhelp [redacted]\n");
  expect(err).toBe("mve-ha: error: failed for [redacted]\nusage [redacted]\nmve-ha: warning: warned [redacted]\n");
});

test("a short secret is masked too, and a replacement is never searched again", () => {
  let out = "";
  const terminal = new Terminal({ write: (t: string) => (out += t) }, { write: () => true });
  terminal.addSecret("abc");
  terminal.addSecret("d");
  terminal.out("abcd at abc and d");
  expect(out).toBe("[redacted][redacted] at [redacted] an[redacted] [redacted]\n");
});

test("each encoding of a secret is masked: JSON, URL, form, XML, base64, basic auth", () => {
  const secret = `p "w&<'>+/é\\`;
  const terminal = new Terminal({ write: () => true }, { write: () => true });
  terminal.addSecret(secret);
  terminal.addBasicAuth("admin", secret);
  const spellings = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1),
    encodeURIComponent(secret),
    new URLSearchParams({ v: secret }).toString().slice(2),
    encodeURIComponent(secret).toLowerCase(),
    secret
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;"),
    secret
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/"/g, "&#34;")
      .replace(/'/g, "&#39;")
      .replace(/>/g, "&gt;"),
    Buffer.from(secret).toString("base64"),
    Buffer.from(secret).toString("base64url"),
    Buffer.from(`admin:${secret}`).toString("base64"),
  ];
  for (const spelling of spellings) expect(terminal.redact(`<${spelling}>`)).toBe("<[redacted]>");
  expect(terminal.redact(JSON.stringify({ error: `sent ${secret}` }))).toBe('{"error":"sent [redacted]"}');
});

test("progress is drawn in place only on a terminal of known width", () => {
  const sink = (isTTY: boolean, columns?: number) => ({ write: () => true, isTTY, columns });
  expect(new Terminal(sink(false), sink(true, 80)).interactive).toBe(true);
  expect(new Terminal(sink(true), sink(false)).interactive).toBe(false);
  expect(new Terminal(sink(false), sink(true, 0)).interactive).toBe(false);
});
