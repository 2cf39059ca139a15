/**
 * The HTTP(S) listener of a simulated firewall. It can stop listening (connection refused while
 * the device restarts) and listen again on the same address and port.
 */
import { once } from "node:events";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type { Reply } from "./responses";

/** Turns a request (form parameters and the X-PAN-KEY header) into a reply. */
export type RequestHandler = (params: URLSearchParams, apiKeyHeader: string | undefined) => Promise<Reply>;

export interface ListenerOptions {
  readonly host: string;
  readonly port: number;
  /** PEM certificate and key; plain HTTP when absent. */
  readonly tls?: { readonly cert: string; readonly key: string };
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A listener that can go away and come back. */
export class Listener {
  private server: http.Server | undefined;
  /** The port actually bound (known after the first listen). */
  public port: number;

  public constructor(
    private readonly options: ListenerOptions,
    private readonly handler: RequestHandler,
  ) {
    this.port = options.port;
  }

  /** Starts listening (on the same port as before, after a restart). */
  public async listen(): Promise<void> {
    const server = this.options.tls
      ? https.createServer({ cert: this.options.tls.cert, key: this.options.tls.key }, (q, s) => void this.serve(q, s))
      : http.createServer((q, s) => void this.serve(q, s));
    server.keepAliveTimeout = 2_000;
    server.listen(this.port, this.options.host);
    await once(server, "listening");
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and drops every open connection. */
  public async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  private async serve(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    try {
      const url = new URL(request.url ?? "/", "http://simulator");
      if (url.pathname !== "/api/" && url.pathname !== "/api") {
        response.writeHead(404, { "content-type": "text/html" }).end("<html><body>Not Found</body></html>");
        return;
      }
      const params = new URLSearchParams(url.search);
      if (request.method === "POST") {
        for (const [k, v] of new URLSearchParams(await readBody(request))) params.append(k, v);
      }
      const header = request.headers["x-pan-key"];
      const reply = await this.handler(params, Array.isArray(header) ? header[0] : header);
      if (reply.kind === "reset") {
        request.socket.destroy();
        return;
      }
      response.writeHead(reply.status, { ...reply.headers, "content-type": reply.contentType }).end(reply.body);
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" }).end(`simulator error: ${(error as Error).message}`);
    }
  }
}
