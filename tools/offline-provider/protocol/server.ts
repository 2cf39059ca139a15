import * as grpc from "@grpc/grpc-js";
import { fromJSON } from "@grpc/proto-loader";
import type { OfflineProvider } from "../provider/offline-provider";
import { PROTOCOL_DESCRIPTORS } from "./descriptors";

/** How protobuf.js maps messages to objects: snake_case names, enum names, numbers for int64, defaults filled. */
export const PROTO_LOADER_OPTIONS = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true };

/** The service definitions by full name (`tfplugin6.Provider`, `plugin.GRPCController`, ...). */
export function loadServiceDefinitions(): Record<string, grpc.ServiceDefinition> {
  return fromJSON(PROTOCOL_DESCRIPTORS, PROTO_LOADER_OPTIONS) as unknown as Record<string, grpc.ServiceDefinition>;
}

function unary<Request, Response>(handler: (request: Request) => Response): grpc.handleUnaryCall<Request, Response> {
  return (call, callback) => {
    try {
      callback(null, handler(call.request));
    } catch (error) {
      callback({ code: grpc.status.INTERNAL, details: (error as Error).message });
    }
  };
}

/** A running plugin server. */
export interface PluginServer {
  readonly port: number;
  /** Ends open streams and stops the server; resolves when it has stopped. */
  stop(): Promise<void>;
}

/**
 * Serves the provider plus go-plugin's controller (Shutdown), stdio and broker streams (Terraform
 * opens both on every launch; nothing is ever sent on them) and the health check, on 127.0.0.1
 * with an ephemeral port. `onShutdown` runs after Terraform's GRPCController.Shutdown is answered.
 */
export async function startPluginServer(
  provider: OfflineProvider,
  credentials: grpc.ServerCredentials,
  onShutdown: () => void,
): Promise<PluginServer> {
  const services = loadServiceDefinitions();
  const server = new grpc.Server();
  const openStreams = new Set<{ end: () => void }>();

  server.addService(services["tfplugin6.Provider"], {
    GetMetadata: unary(() => provider.getMetadata()),
    GetProviderSchema: unary(() => provider.getProviderSchema()),
    ValidateProviderConfig: unary(provider.validateProviderConfig.bind(provider)),
    ValidateResourceConfig: unary(provider.validateResourceConfig.bind(provider)),
    ValidateDataResourceConfig: unary(provider.validateDataResourceConfig.bind(provider)),
    UpgradeResourceState: unary(provider.upgradeResourceState.bind(provider)),
    ConfigureProvider: unary(provider.configureProvider.bind(provider)),
    ReadResource: unary(provider.readResource.bind(provider)),
    PlanResourceChange: unary(provider.planResourceChange.bind(provider)),
    ApplyResourceChange: unary(provider.applyResourceChange.bind(provider)),
    ImportResourceState: unary(provider.importResourceState.bind(provider)),
    MoveResourceState: unary(provider.moveResourceState.bind(provider)),
    ReadDataSource: unary(provider.readDataSource.bind(provider)),
    ValidateEphemeralResourceConfig: unary(provider.validateEphemeralResourceConfig.bind(provider)),
    OpenEphemeralResource: unary(provider.openEphemeralResource.bind(provider)),
    RenewEphemeralResource: unary(provider.renewEphemeralResource.bind(provider)),
    CloseEphemeralResource: unary(provider.closeEphemeralResource.bind(provider)),
    GetFunctions: unary(() => provider.getFunctions()),
    CallFunction: unary(provider.callFunction.bind(provider)),
    StopProvider: unary(() => provider.stopProvider()),
  });
  server.addService(services["plugin.GRPCController"], {
    Shutdown: (_call: unknown, callback: grpc.sendUnaryData<object>) => {
      callback(null, {});
      setImmediate(onShutdown);
    },
  });
  server.addService(services["plugin.GRPCStdio"], {
    StreamStdio: (call: grpc.ServerWritableStream<unknown, unknown>) => keepOpen(call, openStreams),
  });
  server.addService(services["plugin.GRPCBroker"], {
    StartStream: (call: grpc.ServerDuplexStream<unknown, unknown>) => {
      call.on("data", () => undefined);
      keepOpen(call, openStreams);
    },
  });
  server.addService(services["grpc.health.v1.Health"], {
    Check: unary(() => ({ status: "SERVING" })),
  });

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", credentials, (error, boundPort) => (error ? reject(error) : resolve(boundPort))),
  );
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const stream of openStreams) stream.end();
        server.tryShutdown(() => resolve());
      }),
  };
}

function keepOpen(
  call: { end: () => void; on: (event: "cancelled" | "close", listener: () => void) => unknown },
  open: Set<{ end: () => void }>,
) {
  open.add(call);
  call.on("cancelled", () => open.delete(call));
  call.on("close", () => open.delete(call));
}
