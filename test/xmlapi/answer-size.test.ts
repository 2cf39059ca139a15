/**
 * Oversized and truncated answers: the body is read with a byte cap, and a body whose length
 * differs from its Content-Length is an error, never a shorter answer taken at face value.
 */
import { once } from "node:events";
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { PanosClient, type ClientOptions } from "../../lib/xmlapi/client";
import { Deadline } from "../../lib/xmlapi/deadline";
import { ResponseTooLargeError } from "../../lib/xmlapi/errors";
import { mveHa } from "../cli/harness";

const MIB = 1024 * 1024;
const servers: (http.Server | net.Server)[] = [];
const clients: PanosClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  for (const server of servers.splice(0)) {
    if (server instanceof http.Server) server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

/** A loopback server that streams `bytes` of filler after a response prefix, without Content-Length. */
async function streamingServer(bytes: number): Promise<{ port: number; sent: () => number }> {
  let sent = 0;
  const server = http.createServer((request, response) => {
    request.resume();
    response.writeHead(200, { "content-type": "application/xml" });
    const chunk = Buffer.alloc(64 * 1024, "x");
    response.write('<response status="success"><result>');
    const pump = () => {
      while (sent < bytes && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once("drain", pump);
      }
      if (!response.destroyed) response.end("</result></response>");
    };
    response.on("close", () => (sent = Math.min(sent, bytes)));
    pump();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  servers.push(server);
  return { port: (server.address() as AddressInfo).port, sent: () => sent };
}

/** A raw loopback server answering every request with exactly `raw` and then closing. */
async function rawServer(raw: string): Promise<number> {
  const server = net.createServer((socket) => {
    socket.once("data", () => socket.end(raw));
    socket.on("error", () => undefined);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  servers.push(server);
  return (server.address() as AddressInfo).port;
}

function client(port: number, options: Partial<ClientOptions> = {}): PanosClient {
  const created = new PanosClient({
    endpoint: { host: "127.0.0.1", port, protocol: "http" },
    credentials: { apiKey: "test-key" },
    deadline: Deadline.after(60_000),
    retry: { attempts: 1, initialDelayMs: 5, maxDelayMs: 10 },
    ...options,
  });
  clients.push(created);
  return created;
}

test("a 100 MB answer ends with a clear error naming the default 8 MiB cap, after reading about that much", async () => {
  const server = await streamingServer(100 * MIB);
  const error = await client(server.port)
    .opText("<show><system><info/></system></show>")
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ResponseTooLargeError);
  expect((error as Error).message).toMatch(
    /127\.0\.0\.1:\d+ answered more than 8 MiB; raise the cap with --max-response-mb if the answer is expected to be that large/,
  );
  expect(server.sent()).toBeLessThan(100 * MIB);
});

test("the cap is configurable", async () => {
  const server = await streamingServer(3 * MIB);
  const small = client(server.port, { maxResponseBytes: MIB });
  await expect(small.opText("<show><system><info/></system></show>")).rejects.toThrow(/answered more than 1 MiB/);
});

test("an answer shorter than its Content-Length is an error (truncated), not a shorter answer", async () => {
  const body = '<response status="success"><result>yes</result></response>';
  const port = await rawServer(
    `HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: ${body.length + 40}\r\nConnection: close\r\n\r\n${body}`,
  );
  await expect(client(port).opText("<show><chassis-ready/></show>")).rejects.toThrow(
    /truncated|Content-Length|content-length/,
  );
});

test("mve-ha: --max-response-mb sets the cap, and the error says how to raise it (exit 1, no crash)", async () => {
  const server = await streamingServer(20 * MIB);
  const args = ["commit", "--host", "127.0.0.1", "--port", String(server.port), "--protocol", "http"];
  const { code, stderr } = await mveHa([...args, "--max-response-mb", "2", "--json"], { PANOS_API_KEY: "test-key" });
  expect(code).toBe(1);
  expect(stderr).toMatch(/answered more than 2 MiB; raise the cap with --max-response-mb/);
  const refused = await mveHa([...args, "--max-response-mb", "0"], { PANOS_API_KEY: "test-key" });
  expect(refused.code).toBe(2);
});
