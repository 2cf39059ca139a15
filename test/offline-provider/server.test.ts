import * as grpc from "@grpc/grpc-js";
import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../../tools/offline-provider/protocol/handshake";
import { loadServiceDefinitions } from "../../tools/offline-provider/protocol/server";
import { createServerCertificate } from "../../tools/offline-provider/protocol/tls";
import { ensureBundles } from "../../tools/tf/bundle";
import { privateRoot } from "../../tools/tf/private-dir";

/**
 * The bundled provider as Terraform starts it: magic cookie, handshake line on stdout, gRPC on
 * 127.0.0.1 (plaintext or go-plugin AutoMTLS), GRPCController.Shutdown ends the process.
 */
const root = path.resolve(__dirname, "../..");
const schemaFile = path.join(root, "schemas", "megaport.json");
let bundle: string;

beforeAll(async () => {
  bundle = (await ensureBundles(root, privateRoot())).provider;
}, 60_000);

interface Launched {
  child: ChildProcess;
  handshake: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function launch(env: NodeJS.ProcessEnv): Promise<Launched> {
  const child = spawn(process.execPath, [bundle, "--schema", schemaFile], {
    env: { PATH: process.env.PATH, PLUGIN_PROTOCOL_VERSIONS: "5,6", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve) => {
    child.stdout!.on("data", (chunk) => {
      stdout += chunk;
      if (stdout.includes("\n"))
        resolve({ child, handshake: stdout.split("\n")[0], stdout: () => stdout, stderr: () => stderr, exited });
    });
    void exited.then(() => resolve({ child, handshake: "", stdout: () => stdout, stderr: () => stderr, exited }));
  });
}

type Unary = (request: object, callback: (error: grpc.ServiceError | null, response: never) => void) => void;

function client(
  service: string,
  address: string,
  credentials: grpc.ChannelCredentials,
  options: grpc.ChannelOptions = {},
) {
  const Client = grpc.makeClientConstructor(loadServiceDefinitions()[service], service);
  return new Client(address, credentials, options) as unknown as Record<string, Unary> & grpc.Client;
}

function call<T>(stub: Record<string, Unary>, method: string, request: object = {}): Promise<T> {
  return new Promise((resolve, reject) =>
    stub[method](request, (error, response) => (error ? reject(error) : resolve(response as T))),
  );
}

async function shutDown(
  launched: Launched,
  address: string,
  credentials: grpc.ChannelCredentials,
  options?: grpc.ChannelOptions,
) {
  const controller = client("plugin.GRPCController", address, credentials, options);
  await call(controller, "Shutdown");
  controller.close();
  return launched.exited;
}

describe("offline provider process", () => {
  test("plaintext: handshake line, schema over gRPC, graceful shutdown, nothing else on stdout", async () => {
    const launched = await launch({ [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE });
    expect(launched.handshake).toMatch(/^1\|6\|tcp\|127\.0\.0\.1:\d+\|grpc$/);
    const address = launched.handshake.split("|")[3];
    const provider = client("tfplugin6.Provider", address, grpc.credentials.createInsecure());
    const schema = await call<{ resource_schemas: Record<string, unknown>; provider: { block: unknown } }>(
      provider,
      "GetProviderSchema",
    );
    expect(Object.keys(schema.resource_schemas).sort()).toEqual(["megaport_mve", "megaport_port", "megaport_vxc"]);
    const health = client("grpc.health.v1.Health", address, grpc.credentials.createInsecure());
    expect(await call(health, "Check", { service: "plugin" })).toEqual({ status: "SERVING" });
    provider.close();
    health.close();
    expect(await shutDown(launched, address, grpc.credentials.createInsecure())).toBe(0);
    expect(launched.stdout()).toBe(`${launched.handshake}\n`);
    expect(launched.stderr()).toMatch(/megaport\.json ready in \d+ ms \(plaintext\)/);
  }, 20_000);

  test("AutoMTLS: serves its certificate in the handshake and requires Terraform's client certificate", async () => {
    const clientCertificate = await createServerCertificate();
    const launched = await launch({
      [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
      PLUGIN_CLIENT_CERT: clientCertificate.certificatePem,
    });
    const fields = launched.handshake.split("|");
    expect(fields).toHaveLength(6);
    expect(fields[5]).not.toMatch(/=$/); // Go RawStdEncoding: no padding
    const serverDer = Buffer.from(fields[5], "base64");
    const serverPem = `-----BEGIN CERTIFICATE-----\n${serverDer.toString("base64").replace(/(.{64})/g, "$1\n")}\n-----END CERTIFICATE-----\n`;
    const x509 = new (await import("node:crypto")).X509Certificate(serverDer);
    expect(x509.subjectAltName).toBe("DNS:localhost");
    expect(x509.ca).toBe(true);
    // go-plugin dials with server name "localhost" and trusts exactly the handshake certificate.
    const options = { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" };
    const mutual = grpc.credentials.createSsl(
      Buffer.from(serverPem),
      Buffer.from(clientCertificate.privateKeyPem),
      Buffer.from(clientCertificate.certificatePem),
    );
    const provider = client("tfplugin6.Provider", fields[3], mutual, options);
    const metadata = await call<{ resources: { type_name: string }[] }>(provider, "GetMetadata");
    expect(metadata.resources.map((r) => r.type_name).sort()).toEqual([
      "megaport_mve",
      "megaport_port",
      "megaport_vxc",
    ]);
    provider.close();
    const anonymous = client(
      "tfplugin6.Provider",
      fields[3],
      grpc.credentials.createSsl(Buffer.from(serverPem)),
      options,
    );
    await expect(call(anonymous, "GetMetadata")).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
    anonymous.close();
    expect(await shutDown(launched, fields[3], mutual, options)).toBe(0);
    expect(launched.stderr()).toContain("(mTLS)");
  }, 20_000);

  test("refuses to start outside Terraform, or when protocol 6 is not offered", async () => {
    const byHand = await launch({});
    expect(await byHand.exited).toBe(1);
    expect(byHand.stdout()).toBe("");
    expect(byHand.stderr()).toContain(
      "It is started by Terraform, not by hand: run `npm run tf -- <terraform arguments>`.",
    );
    const oldTerraform = await launch({ [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "4,5" });
    expect(await oldTerraform.exited).toBe(1);
    expect(oldTerraform.stderr()).toContain("speaks only version 6");
  });

  test("the serialized schema response is cached and served identically on the next launch", async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "provider-cache-"));
    try {
      const schemas: unknown[] = [];
      for (let launchNumber = 0; launchNumber < 2; launchNumber++) {
        const launched = await launch({ [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, OFFLINE_PROVIDER_CACHE_DIR: cacheDir });
        const address = launched.handshake.split("|")[3];
        const provider = client("tfplugin6.Provider", address, grpc.credentials.createInsecure());
        schemas.push(await call(provider, "GetProviderSchema"));
        provider.close();
        expect(fs.readdirSync(cacheDir).filter((name) => name.endsWith(".schema-response.pb"))).toHaveLength(1);
        expect(await shutDown(launched, address, grpc.credentials.createInsecure())).toBe(0);
      }
      expect(schemas[1]).toEqual(schemas[0]);
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 20_000);
});
