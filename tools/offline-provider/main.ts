/**
 * Entry point of the offline provider plugin: `node provider.cjs --schema <providers-schema.json>`,
 * started by Terraform through the filesystem mirror's wrapper script, or once per session by the
 * harness for Terraform to reattach to (tools/tf/reattach.ts). Serves Terraform plugin protocol 6
 * over go-plugin gRPC until Terraform calls GRPCController.Shutdown, a signal ends it or its parent
 * dies. Logs go to stderr only (Terraform shows them under TF_LOG; the harness writes them to a
 * file); stdout carries nothing but the handshake line.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { handshakeLine, launchProblem } from "./protocol/handshake";
import { startPluginServer } from "./protocol/server";
import { serverTransport } from "./protocol/tls";
import { CACHE_DIR_ENV, FIXTURES_ENV } from "./environment";
import { type DriftEntry, readDrift } from "./provider/drift";
import { type Fixtures, readFixtures } from "./provider/fixtures";
import { OfflineProvider } from "./provider/offline-provider";
import { type LoadedProviderSchema, parseProviderSchema } from "./schema/json-schema";

const startedAt = performance.now();

function log(line: string): void {
  process.stderr.write(`[offline-provider] ${line}\n`);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const problem = launchProblem(process.env);
  if (problem) fail(problem);
  const schemaIndex = process.argv.indexOf("--schema");
  const schemaFile = schemaIndex > 0 ? process.argv[schemaIndex + 1] : undefined;
  if (!schemaFile) fail("usage: provider --schema <providers-schema.json>");

  const transport = serverTransport(process.env.PLUGIN_CLIENT_CERT);
  // Parsing waits for the first RPC that needs it: a launch that only serves the (cached) schema never parses.
  const schemaBytes = fs.readFileSync(schemaFile);
  let schema: LoadedProviderSchema | undefined;
  const loadSchema = () => (schema ??= parseProviderSchema(schemaBytes.toString("utf8"), schemaFile));
  const fixturesFile = process.env[FIXTURES_ENV];
  // A process Terraform reattaches to serves many runs; a test may edit the file between them (drift).
  const fixtures = fixturesFile ? latestContent(fixturesFile, readFixtures) : () => new Map() as Fixtures;
  const drift = fixturesFile ? latestContent(fixturesFile, readDrift) : () => [] as DriftEntry[];
  // One instance per connection (protocol/sessions.ts); the parsed schema and fixtures are shared.
  const newProvider = () => new OfflineProvider({ schema: loadSchema, fixtures, drift, log });

  const server = await startPluginServer(newProvider, {
    credentials: (await transport).credentials,
    onShutdown: () => {
      void server.stop().then(() => process.exit(0));
      // A stream the client never closes must not keep the process alive.
      setTimeout(() => process.exit(0), 500);
    },
    schemaResponseCache: schemaCacheFile(schemaBytes),
  });
  process.stdout.write(handshakeLine(`127.0.0.1:${server.port}`, (await transport).certificateForHandshake));
  const mode = process.env.PLUGIN_CLIENT_CERT ? "mTLS" : "plaintext";
  log(`${path.basename(schemaFile)} ready in ${Math.round(performance.now() - startedAt)} ms (${mode})`);

  // Like go-plugin servers, leave Ctrl-C to Terraform, which shuts plugins down itself; but never
  // outlive a parent that died without doing so.
  const parent = process.ppid;
  process.on("SIGINT", () => undefined);
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 1000).unref();
}

/**
 * `read(file)`, read again whenever the file changed since the last call (its inode, size or
 * modification time), so every Terraform run sees the file as it is when it runs.
 */
function latestContent<T>(file: string, read: (file: string) => T): () => T {
  let seen: string | undefined;
  let value: T | undefined;
  return () => {
    const stat = fs.statSync(file, { bigint: true });
    const version = `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
    if (version !== seen || value === undefined) {
      value = read(file);
      seen = version;
    }
    return value;
  };
}

function schemaCacheFile(schemaBytes: Buffer): string | undefined {
  const dir = process.env[CACHE_DIR_ENV];
  if (!dir) return undefined;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return path.join(dir, `${createHash("sha256").update(schemaBytes).digest("hex").slice(0, 24)}.schema-response.pb`);
}

main().catch((error: unknown) => fail(`offline provider failed to start: ${(error as Error).stack ?? String(error)}`));
