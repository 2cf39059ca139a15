import * as grpc from "@grpc/grpc-js";
import { fromJSON } from "@grpc/proto-loader";
import * as fs from "node:fs";
import type { OfflineProvider } from "../provider/offline-provider";
import { PROTOCOL_DESCRIPTORS } from "./descriptors";
import { ConnectionSessions } from "./sessions";

/** How protobuf.js maps messages to objects: snake_case names, enum names, numbers for int64, defaults filled. */
export const PROTO_LOADER_OPTIONS = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true };

/** The service definitions by full name (`tfplugin6.Provider`, `plugin.GRPCController`, ...). */
export function loadServiceDefinitions(): Record<string, grpc.ServiceDefinition> {
  return fromJSON(PROTOCOL_DESCRIPTORS, PROTO_LOADER_OPTIONS) as unknown as Record<string, grpc.ServiceDefinition>;
}

/** The OfflineProvider methods that answer one RPC each. */
type ProviderMethod = {
  [K in keyof OfflineProvider]: OfflineProvider[K] extends (...args: never[]) => unknown ? K : never;
}[keyof OfflineProvider];

/**
 * A unary handler that runs on the provider instance of the caller's connection; one that returns
 * a promise (the panos device's reads and writes) is answered when it settles.
 */
function unary<Request, Response>(
  sessions: ConnectionSessions<OfflineProvider>,
  handler: (provider: OfflineProvider, request: Request) => Response | Promise<Response>,
): grpc.handleUnaryCall<Request, Response> {
  return (call, callback) => {
    const failed = (error: unknown) => callback({ code: grpc.status.INTERNAL, details: (error as Error).message });
    try {
      const response = handler(sessions.for(call.getPeer()), call.request);
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
  /** The provider instances of the connections open now (one per Terraform provider instance). */
  readonly sessions: ConnectionSessions<OfflineProvider>;
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
 * opens both for every connection; nothing is ever sent on them) and the health check, on
 * 127.0.0.1 with an ephemeral port. Each connection gets its own provider from `newProvider`
 * (protocol/sessions.ts), forgotten when the connection's stdio stream closes.
 */
export async function startPluginServer(
  newProvider: () => OfflineProvider,
  options: PluginServerOptions,
): Promise<PluginServer> {
  const services = loadServiceDefinitions();
  const server = new grpc.Server();
  const openStreams = new Set<{ end: () => void }>();
  const sessions = new ConnectionSessions(newProvider);
  const providerService = withPreserializedSchema(services["tfplugin6.Provider"]);
  // The schema is the same for every connection, and so is its serialized response.
  let schemaBytes: Buffer | undefined;
  const rpc = (name: ProviderMethod) =>
    unary(sessions, (provider, request: unknown) =>
      (provider[name] as (r: unknown) => unknown).call(provider, request),
    );

  server.addService(providerService, {
    GetMetadata: rpc("getMetadata"),
    GetProviderSchema: unary(
      sessions,
      (provider) => (schemaBytes ??= cachedSchemaResponse(provider, providerService, options.schemaResponseCache)),
    ),
    ValidateProviderConfig: rpc("validateProviderConfig"),
    ValidateResourceConfig: rpc("validateResourceConfig"),
    ValidateDataResourceConfig: rpc("validateDataResourceConfig"),
    UpgradeResourceState: rpc("upgradeResourceState"),
    ConfigureProvider: rpc("configureProvider"),
    ReadResource: rpc("readResource"),
    PlanResourceChange: rpc("planResourceChange"),
    ApplyResourceChange: rpc("applyResourceChange"),
    ImportResourceState: rpc("importResourceState"),
    MoveResourceState: rpc("moveResourceState"),
    ReadDataSource: rpc("readDataSource"),
    ValidateEphemeralResourceConfig: rpc("validateEphemeralResourceConfig"),
    OpenEphemeralResource: rpc("openEphemeralResource"),
    RenewEphemeralResource: rpc("renewEphemeralResource"),
    CloseEphemeralResource: rpc("closeEphemeralResource"),
    GetFunctions: rpc("getFunctions"),
    CallFunction: rpc("callFunction"),
    StopProvider: rpc("stopProvider"),
  });
  server.addService(services["plugin.GRPCController"], {
    Shutdown: (_call: unknown, callback: grpc.sendUnaryData<object>) => {
      callback(null, {});
      setImmediate(options.onShutdown);
    },
  });
  server.addService(services["plugin.GRPCStdio"], {
    StreamStdio: (stream: grpc.ServerWritableStream<unknown, unknown>) => {
      // Open for as long as the connection: its end is the end of the connection's provider instance.
      const peer = stream.getPeer();
      keepOpen(stream, openStreams, () => sessions.end(peer));
    },
  });
  server.addService(services["plugin.GRPCBroker"], {
    StartStream: (stream: grpc.ServerDuplexStream<unknown, unknown>) => {
      stream.on("data", () => undefined);
      keepOpen(stream, openStreams);
    },
  });
  server.addService(services["grpc.health.v1.Health"], {
    Check: (_call: unknown, callback: grpc.sendUnaryData<object>) => callback(null, { status: "SERVING" }),
  });

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", options.credentials, (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    ),
  );
  return {
    port,
    sessions,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const stream of openStreams) stream.end();
        server.tryShutdown(() => resolve());
      }),
  };
}

function keepOpen(
  stream: { end: () => void; on: (event: "cancelled" | "close", listener: () => void) => unknown },
  open: Set<{ end: () => void }>,
  onClosed: () => void = () => undefined,
) {
  open.add(stream);
  const closed = () => {
    if (open.delete(stream)) onClosed();
  };
  stream.on("cancelled", closed);
  stream.on("close", closed);
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
