import * as grpc from "@grpc/grpc-js";
import * as path from "node:path";
import {
  loadServiceDefinitions,
  type PluginServer,
  startPluginServer,
} from "../../tools/offline-provider/protocol/server";
import { OfflineProvider } from "../../tools/offline-provider/provider/offline-provider";
import { loadProviderSchema } from "../../tools/offline-provider/schema/json-schema";

/**
 * A provider process Terraform reattaches to serves every provider instance of every run; each
 * gRPC connection (one per Terraform provider instance) must get its own OfflineProvider, kept
 * while the connection's stdio stream is open and forgotten when it closes.
 */
const schema = loadProviderSchema(path.resolve(__dirname, "../../schemas/megaport.json"));

type Unary = (request: object, callback: (error: grpc.ServiceError | null, response: unknown) => void) => void;

/** A client on its own connection (no subchannel shared with other clients of the same address). */
function client(service: string, port: number) {
  const Client = grpc.makeClientConstructor(loadServiceDefinitions()[service], service);
  return new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    "grpc.use_local_subchannel_pool": 1,
  }) as unknown as Record<string, Unary> & grpc.Client;
}

function call(stub: Record<string, Unary>, method: string): Promise<unknown> {
  return new Promise((resolve, reject) =>
    stub[method]({}, (error, response) => (error ? reject(error) : resolve(response))),
  );
}

describe("plugin server: one provider instance per connection", () => {
  let server: PluginServer;
  const created: OfflineProvider[] = [];

  beforeAll(async () => {
    server = await startPluginServer(
      () => {
        const provider = new OfflineProvider({ schema: () => schema, fixtures: () => new Map(), log: () => {} });
        created.push(provider);
        return provider;
      },
      { credentials: grpc.ServerCredentials.createInsecure(), onShutdown: () => undefined },
    );
  });

  afterAll(() => server.stop());

  test("two connections get two instances; a connection's calls share one", async () => {
    const first = client("tfplugin6.Provider", server.port);
    const second = client("tfplugin6.Provider", server.port);
    try {
      await call(first, "GetMetadata");
      await call(first, "GetProviderSchema");
      expect(created).toHaveLength(1);
      await call(second, "GetMetadata");
      await call(second, "GetMetadata");
      expect(created).toHaveLength(2);
      expect(server.sessions.size).toBe(2);
    } finally {
      first.close();
      second.close();
    }
  });

  test("an instance is forgotten when its connection's stdio stream closes", async () => {
    const Services = loadServiceDefinitions();
    const channel = new grpc.Channel(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure(), {
      "grpc.use_local_subchannel_pool": 1,
    });
    const options = { channelOverride: channel };
    const Provider = grpc.makeClientConstructor(Services["tfplugin6.Provider"], "tfplugin6.Provider");
    const Stdio = grpc.makeClientConstructor(Services["plugin.GRPCStdio"], "plugin.GRPCStdio");
    const provider = new Provider("", grpc.credentials.createInsecure(), options) as unknown as Record<string, Unary>;
    const stdio = new Stdio("", grpc.credentials.createInsecure(), options) as unknown as {
      StreamStdio: (request: object) => grpc.ClientReadableStream<unknown>;
    };
    const stream = stdio.StreamStdio({});
    stream.on("error", () => undefined); // cancelled below
    const before = server.sessions.size;
    await call(provider, "GetMetadata");
    expect(server.sessions.size).toBe(before + 1);
    stream.cancel();
    channel.close();
    while (server.sessions.size > before) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.sessions.size).toBe(before);
  });
});
