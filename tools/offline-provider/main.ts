/**
 * Entry point of the offline provider plugin: `node provider.cjs --schema <providers-schema.json>`,
 * started by Terraform through the filesystem mirror's wrapper script. Serves Terraform plugin
 * protocol 6 over go-plugin gRPC until Terraform calls GRPCController.Shutdown. Logs go to
 * stderr only (Terraform shows them under TF_LOG); stdout carries nothing but the handshake line.
 */
import { launchProblem, handshakeLine } from "./protocol/handshake";
import { startPluginServer } from "./protocol/server";
import { serverTransport } from "./protocol/tls";
import { OfflineProvider } from "./provider/offline-provider";
import { FIXTURES_ENV, type Fixtures, readFixtures } from "./provider/fixtures";
import { loadProviderSchema } from "./schema/json-schema";

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
  const schema = loadProviderSchema(schemaFile);
  const fixturesFile = process.env[FIXTURES_ENV];
  let fixtures: Fixtures | undefined;
  const provider = new OfflineProvider({
    schema,
    fixtures: () => (fixtures ??= fixturesFile ? readFixtures(fixturesFile) : new Map()),
    log,
  });

  const parent = process.ppid;
  const server = await startPluginServer(provider, (await transport).credentials, () => {
    void server.stop().then(() => process.exit(0));
    // A stream the client never closes must not keep the process alive.
    setTimeout(() => process.exit(0), 500);
  });
  process.stdout.write(handshakeLine(`127.0.0.1:${server.port}`, (await transport).certificateForHandshake));
  log(
    `${schema.address} ready in ${Math.round(performance.now() - startedAt)} ms (${process.env.PLUGIN_CLIENT_CERT ? "mTLS" : "plaintext"})`,
  );

  // Like go-plugin servers, leave Ctrl-C to Terraform, which shuts plugins down itself; but never
  // outlive a parent that died without doing so.
  process.on("SIGINT", () => undefined);
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 1000).unref();
}

main().catch((error: unknown) => fail(`offline provider failed to start: ${(error as Error).stack ?? String(error)}`));
