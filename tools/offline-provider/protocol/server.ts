import * as grpc from "@grpc/grpc-js";
import { fromJSON } from "@grpc/proto-loader";
import * as fs from "node:fs";
import type { OfflineProvider } from "../provider/offline-provider";
import { PROTOCOL_DESCRIPTORS } from "./descriptors";

/** How protobuf.js maps messages to objects: snake_case names, enum names, numbers for int64, defaults filled. */
export const PROTO_LOADER_OPTIONS = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true };

/** The service definitions by full name (`tfplugin6.Provider`, `plugin.GRPCController`, ...). */
export function loadServiceDefinitions(): Record<string, grpc.ServiceDefinition> {
  return fromJSON(PROTOCOL_DESCRIPTORS, PROTO_LOADER_OPTIONS) as unknown as Record<string, grpc.ServiceDefinition>;
}

/** A unary handler; one that returns a promise (the panos device's reads and writes) is answered when it settles. */
function unary<Request, Response>(
  handler: (request: Request) => Response | Promise<Response>,
): grpc.handleUnaryCall<Request, Response> {
  return (call, callback) => {
    const failed = (error: unknown) => callback({ code: grpc.status.INTERNAL, details: (error as Error).message });
    try {
      const response = handler(call.request);
      if (response instanceof Promise) response.then((value) => callback(null, value), failed);
      else callback(null, response);
    } catch (error) {
      failed(error);
    }
  };
}

/** A running plugin server. */
export interface PluginServer {
  readonly port: number;
  /** Ends open streams and stops the server; resolves when it has stopped. */
  stop(): Promise<void>;
}

/** Options of {@link startPluginServer}. */
export interface PluginServerOptions {
  readonly credentials: grpc.ServerCredentials;
  /** Runs after Terraform's GRPCController.Shutdown has been answered. */
  readonly onShutdown: () => void;
  /**
   * A file holding the serialized GetProviderSchema response, written on first use. Terraform
   * asks for the schema on every launch; converting and serializing the 1.2 MB panos schema
   * costs more than the rest of a launch.
   */
  readonly schemaResponseCache?: string;
}

/**
 * Serves the provider plus go-plugin's controller (Shutdown), stdio and broker streams (Terraform
 * opens both on every launch; nothing is ever sent on them) and the health check, on 127.0.0.1
 * with an ephemeral port.
 */
export async function startPluginServer(
  provider: OfflineProvider,
  options: PluginServerOptions,
): Promise<PluginServer> {
  const services = loadServiceDefinitions();
  const server = new grpc.Server();
  const openStreams = new Set<{ end: () => void }>();
  const providerService = withPreserializedSchema(services["tfplugin6.Provider"]);
  const schemaResponse = () => cachedSchemaResponse(provider, providerService, options.schemaResponseCache);

  server.addService(providerService, {
    GetMetadata: unary(() => provider.getMetadata()),
    GetProviderSchema: unary(schemaResponse),
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
      setImmediate(options.onShutdown);
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
    server.bindAsync("127.0.0.1:0", options.credentials, (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    ),
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

/** The Provider service whose GetProviderSchema response may also be given already serialized. */
function withPreserializedSchema(service: grpc.ServiceDefinition): grpc.ServiceDefinition {
  const method = service.GetProviderSchema;
  return {
    ...service,
    GetProviderSchema: {
      ...method,
      responseSerialize: (value: unknown) => (Buffer.isBuffer(value) ? value : method.responseSerialize(value)),
    },
  };
}

function cachedSchemaResponse(
  provider: OfflineProvider,
  service: grpc.ServiceDefinition,
  cacheFile: string | undefined,
): Buffer {
  if (cacheFile) {
    try {
      return fs.readFileSync(cacheFile);
    } catch {
      // Not cached yet: build it below.
    }
  }
  const bytes = service.GetProviderSchema.responseSerialize(provider.getProviderSchema());
  if (cacheFile) {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, cacheFile);
  }
  return bytes;
}
