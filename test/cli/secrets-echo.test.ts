/**
 * Secrets in every encoding: a loopback server that echoes each request (its body, its headers, and
 * the parameter values JSON-, URL-, XML- and base64-encoded) into its error message. Whatever
 * mve-ha prints, with --json or without, must contain no encoding of the API key or the password.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mveHa } from "./harness";

let server: Server;
let port = 0;
let requests = 0;

const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
const base64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const formEncode = (s: string) => new URLSearchParams({ v: s }).toString().slice(2);
const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1);

/** Everything the echo reflects of one request. */
function echo(body: string, headers: IncomingHttpHeaders): string {
  const values = [...new URLSearchParams(body).values()];
  const key = headers["x-pan-key"];
  if (typeof key === "string") values.push(key);
  const forms = values.flatMap((v) => [
    v,
    JSON.stringify(v),
    encodeURIComponent(v),
    formEncode(v),
    xmlEscape(v),
    base64(v),
  ]);
  return `echo body=${body} headers=${JSON.stringify(headers)} values=${forms.join(" | ")}`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      requests++;
      const text = echo(body, req.headers);
      res.writeHead(200, { "content-type": "application/xml" });
      res.end(`<response status="error" code="16"><msg><line><![CDATA[${text}]]></line></msg></response>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Every encoding of a secret the CLI could emit: raw, JSON-escaped (once and twice), URL, form, XML, base64. */
function encodings(secret: string, username?: string): string[] {
  const base = [secret, encodeURIComponent(secret), formEncode(secret), xmlEscape(secret), base64(secret)];
  if (username !== undefined) base.push(base64(`${username}:${secret}`));
  return [...new Set(base.flatMap((form) => [form, jsonEscape(form), jsonEscape(jsonEscape(form))]))];
}

function leaks(output: string, forms: readonly string[]): string[] {
  return forms.filter((form) => output.includes(form));
}

const verifyArgs = (json: boolean) => [
  "verify",
  "--host",
  "127.0.0.1",
  "--port",
  String(port),
  "--protocol",
  "http",
  ...(json ? ["--json"] : []),
];

describe.each([
  ["with --json", true],
  ["as a table", false],
])("an echoing firewall, %s", (_how, json) => {
  test("prints no encoding of the API key", async () => {
    const key = `LUFRPT1"k\\ey+/=&<é> ~!'()*`;
    const before = requests;
    const { stdout, stderr } = await mveHa(verifyArgs(json), { PANOS_API_KEY: key });
    expect(requests).toBeGreaterThan(before);
    expect(stdout + stderr).toMatch(/echo/); // the echo reached the output (redacted)
    expect(leaks(stdout + stderr, encodings(key))).toEqual([]);
  });

  test("prints no encoding of the password, nor of user:password in base64", async () => {
    const password = `s3 cr"et&<'>+/%é\\`;
    const { stdout, stderr } = await mveHa(verifyArgs(json), { PANOS_USERNAME: "admin", PANOS_PASSWORD: password });
    expect(stdout + stderr).toMatch(/echo/);
    expect(leaks(stdout + stderr, encodings(password, "admin"))).toEqual([]);
  });

  test.each(["Q", "x!", "p w"])("masks a password of %p too (no minimum length)", async (password) => {
    const { stdout, stderr } = await mveHa(verifyArgs(json), { PANOS_USERNAME: "admin", PANOS_PASSWORD: password });
    expect(stdout + stderr).toMatch(/redacted/);
    expect(leaks(stdout + stderr, encodings(password, "admin"))).toEqual([]);
  });
});
