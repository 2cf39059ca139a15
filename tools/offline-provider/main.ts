/**
 * Entry point of the offline provider plugin: `node provider.cjs --schema <providers-schema.json>`,
 * started by Terraform through the filesystem mirror's wrapper script. Serves Terraform plugin
 * protocol 6 over go-plugin gRPC until Terraform calls GRPCController.Shutdown. Logs go to
 * stderr only (Terraform shows them under TF_LOG); stdout carries nothing but the handshake line.
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
  let fixtures: Fixtures | undefined;
  let drift: DriftEntry[] | undefined;
  const fixturesFile = process.env[FIXTURES_ENV];
  const provider = new OfflineProvider({
    schema: () => (schema ??= parseProviderSchema(schemaBytes.toString("utf8"), schemaFile)),
    fixtures: () => (fixtures ??= fixturesFile ? readFixtures(fixturesFile) : new Map()),
    drift: () => (drift ??= fixturesFile ? readDrift(fixturesFile) : []),
    log,
  });

  const server = await startPluginServer(provider, {
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

function schemaCacheFile(schemaBytes: Buffer): string | undefined {
  const dir = process.env[CACHE_DIR_ENV];
  if (!dir) return undefined;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return path.join(dir, `${createHash("sha256").update(schemaBytes).digest("hex").slice(0, 24)}.schema-response.pb`);
}

main().catch((error: unknown) => fail(`offline provider failed to start: ${(error as Error).stack ?? String(error)}`));
