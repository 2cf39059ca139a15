import type { fromJSON } from "@grpc/proto-loader";

/**
 * The wire definitions this provider needs, written for this project as protobuf.js JSON
 * descriptors (no .proto parsing at start-up): Terraform plugin protocol 6.8 (what Terraform
 * 1.11 speaks), go-plugin's controller / stdio / broker services, the gRPC health service, and
 * the two google.protobuf messages they use. Field numbers follow the documented wire format.
 */

type Namespace = Parameters<typeof fromJSON>[0];
type Nested = NonNullable<Namespace["nested"]>;
type Field = { id: number; type: string; rule?: "repeated"; keyType?: string };
type Message = Nested[string];

const one = (id: number, type: string): Field => ({ id, type });
const many = (id: number, type: string): Field => ({ id, type, rule: "repeated" });
const mapOf = (id: number, type: string): Field => ({ id, type, keyType: "string" });
const message = (fields: Record<string, Field>, nested?: Nested): Message => (nested ? { fields, nested } : { fields });
const enumeration = (names: string[]) => ({ values: Object.fromEntries(names.map((name, index) => [name, index])) });
/** An RPC's `Request` / `Response` pair, nested in a message named after the RPC, as tfplugin6 does. */
const rpc = (request: Record<string, Field>, response: Record<string, Field>, extra?: Nested) =>
  message({}, { Request: message(request), Response: message(response), ...extra });
type Method = { requestType: string; responseType: string; requestStream?: boolean; responseStream?: boolean };
const method = (name: string): Method => ({ requestType: `${name}.Request`, responseType: `${name}.Response` });
const service = (methods: Record<string, Method>): Message => ({
  methods: Object.fromEntries(Object.entries(methods).map(([name, m]) => [name, { ...m, comment: "" }])),
});

const diagnostics = (id: number) => ({ diagnostics: many(id, "Diagnostic") });

const tfplugin6 = {
  DynamicValue: message({ msgpack: one(1, "bytes"), json: one(2, "bytes") }),
  Diagnostic: message(
    {
      severity: one(1, "Severity"),
      summary: one(2, "string"),
      detail: one(3, "string"),
      attribute: one(4, "AttributePath"),
    },
    { Severity: enumeration(["INVALID", "ERROR", "WARNING"]) },
  ),
  FunctionError: message({ text: one(1, "string"), function_argument: one(2, "int64") }),
  AttributePath: message(
    { steps: many(1, "Step") },
    {
      Step: {
        oneofs: { selector: { oneof: ["attribute_name", "element_key_string", "element_key_int"] } },
        fields: {
          attribute_name: one(1, "string"),
          element_key_string: one(2, "string"),
          element_key_int: one(3, "int64"),
        },
      },
    },
  ),
  StopProvider: rpc({}, { Error: one(1, "string") }),
  RawState: message({ json: one(1, "bytes"), flatmap: mapOf(2, "string") }),
  StringKind: enumeration(["PLAIN", "MARKDOWN"]),
  Schema: message(
    { version: one(1, "int64"), block: one(2, "Block") },
    {
      Block: message({
        version: one(1, "int64"),
        attributes: many(2, "Attribute"),
        block_types: many(3, "NestedBlock"),
        description: one(4, "string"),
        description_kind: one(5, "StringKind"),
        deprecated: one(6, "bool"),
      }),
      Attribute: message({
        name: one(1, "string"),
        type: one(2, "bytes"),
        nested_type: one(10, "Object"),
        description: one(3, "string"),
        required: one(4, "bool"),
        optional: one(5, "bool"),
        computed: one(6, "bool"),
        sensitive: one(7, "bool"),
        description_kind: one(8, "StringKind"),
        deprecated: one(9, "bool"),
        write_only: one(11, "bool"),
      }),
      NestedBlock: message(
        {
          type_name: one(1, "string"),
          block: one(2, "Block"),
          nesting: one(3, "NestingMode"),
          min_items: one(4, "int64"),
          max_items: one(5, "int64"),
        },
        { NestingMode: enumeration(["INVALID", "SINGLE", "LIST", "SET", "MAP", "GROUP"]) },
      ),
      Object: message(
        { attributes: many(1, "Attribute"), nesting: one(3, "NestingMode") },
        { NestingMode: enumeration(["INVALID", "SINGLE", "LIST", "SET", "MAP"]) },
      ),
    },
  ),
  Function: message(
    {
      parameters: many(1, "Parameter"),
      variadic_parameter: one(2, "Parameter"),
      return: one(3, "Return"),
      summary: one(4, "string"),
      description: one(5, "string"),
      description_kind: one(6, "StringKind"),
      deprecation_message: one(7, "string"),
    },
    {
      Parameter: message({
        name: one(1, "string"),
        type: one(2, "bytes"),
        allow_null_value: one(3, "bool"),
        allow_unknown_values: one(4, "bool"),
        description: one(5, "string"),
        description_kind: one(6, "StringKind"),
      }),
      Return: message({ type: one(1, "bytes") }),
    },
  ),
  ServerCapabilities: message({
    plan_destroy: one(1, "bool"),
    get_provider_schema_optional: one(2, "bool"),
    move_resource_state: one(3, "bool"),
  }),
  ClientCapabilities: message({ deferral_allowed: one(1, "bool"), write_only_attributes_allowed: one(2, "bool") }),
  Deferred: message(
    { reason: one(1, "Reason") },
    { Reason: enumeration(["UNKNOWN", "RESOURCE_CONFIG_UNKNOWN", "PROVIDER_CONFIG_UNKNOWN", "ABSENT_PREREQ"]) },
  ),
  GetMetadata: rpc(
    {},
    {
      server_capabilities: one(1, "ServerCapabilities"),
      ...diagnostics(2),
      data_sources: many(3, "TypeName"),
      resources: many(4, "TypeName"),
      functions: many(5, "FunctionName"),
      ephemeral_resources: many(6, "TypeName"),
    },
    // tfplugin6 has one metadata message per kind; all share this single-field shape on the wire.
    { TypeName: message({ type_name: one(1, "string") }), FunctionName: message({ name: one(1, "string") }) },
  ),
  GetProviderSchema: rpc(
    {},
    {
      provider: one(1, "Schema"),
      resource_schemas: mapOf(2, "Schema"),
      data_source_schemas: mapOf(3, "Schema"),
      functions: mapOf(7, "Function"),
      ephemeral_resource_schemas: mapOf(8, "Schema"),
      ...diagnostics(4),
      provider_meta: one(5, "Schema"),
      server_capabilities: one(6, "ServerCapabilities"),
    },
  ),
  ValidateProviderConfig: rpc({ config: one(1, "DynamicValue") }, diagnostics(2)),
  UpgradeResourceState: rpc(
    { type_name: one(1, "string"), version: one(2, "int64"), raw_state: one(3, "RawState") },
    { upgraded_state: one(1, "DynamicValue"), ...diagnostics(2) },
  ),
  ValidateResourceConfig: rpc({ type_name: one(1, "string"), config: one(2, "DynamicValue") }, diagnostics(1)),
  ValidateDataResourceConfig: rpc({ type_name: one(1, "string"), config: one(2, "DynamicValue") }, diagnostics(1)),
  ValidateEphemeralResourceConfig: rpc({ type_name: one(1, "string"), config: one(2, "DynamicValue") }, diagnostics(1)),
  ConfigureProvider: rpc(
    {
      terraform_version: one(1, "string"),
      config: one(2, "DynamicValue"),
      client_capabilities: one(3, "ClientCapabilities"),
    },
    diagnostics(1),
  ),
  ReadResource: rpc(
    {
      type_name: one(1, "string"),
      current_state: one(2, "DynamicValue"),
      private: one(3, "bytes"),
      provider_meta: one(4, "DynamicValue"),
      client_capabilities: one(5, "ClientCapabilities"),
    },
    { new_state: one(1, "DynamicValue"), ...diagnostics(2), private: one(3, "bytes"), deferred: one(4, "Deferred") },
  ),
  PlanResourceChange: rpc(
    {
      type_name: one(1, "string"),
      prior_state: one(2, "DynamicValue"),
      proposed_new_state: one(3, "DynamicValue"),
      config: one(4, "DynamicValue"),
      prior_private: one(5, "bytes"),
      provider_meta: one(6, "DynamicValue"),
      client_capabilities: one(7, "ClientCapabilities"),
    },
    {
      planned_state: one(1, "DynamicValue"),
      requires_replace: many(2, "AttributePath"),
      planned_private: one(3, "bytes"),
      ...diagnostics(4),
      legacy_type_system: one(5, "bool"),
      deferred: one(6, "Deferred"),
    },
  ),
  ApplyResourceChange: rpc(
    {
      type_name: one(1, "string"),
      prior_state: one(2, "DynamicValue"),
      planned_state: one(3, "DynamicValue"),
      config: one(4, "DynamicValue"),
      planned_private: one(5, "bytes"),
      provider_meta: one(6, "DynamicValue"),
    },
    {
      new_state: one(1, "DynamicValue"),
      private: one(2, "bytes"),
      ...diagnostics(3),
      legacy_type_system: one(4, "bool"),
    },
  ),
  ImportResourceState: rpc(
    { type_name: one(1, "string"), id: one(2, "string"), client_capabilities: one(3, "ClientCapabilities") },
    { imported_resources: many(1, "ImportedResource"), ...diagnostics(2), deferred: one(3, "Deferred") },
    {
      ImportedResource: message({
        type_name: one(1, "string"),
        state: one(2, "DynamicValue"),
        private: one(3, "bytes"),
      }),
    },
  ),
  MoveResourceState: rpc(
    {
      source_provider_address: one(1, "string"),
      source_type_name: one(2, "string"),
      source_schema_version: one(3, "int64"),
      source_state: one(4, "RawState"),
      target_type_name: one(5, "string"),
      source_private: one(6, "bytes"),
    },
    { target_state: one(1, "DynamicValue"), ...diagnostics(2), target_private: one(3, "bytes") },
  ),
  ReadDataSource: rpc(
    {
      type_name: one(1, "string"),
      config: one(2, "DynamicValue"),
      provider_meta: one(3, "DynamicValue"),
      client_capabilities: one(4, "ClientCapabilities"),
    },
    { state: one(1, "DynamicValue"), ...diagnostics(2), deferred: one(3, "Deferred") },
  ),
  OpenEphemeralResource: rpc(
    { type_name: one(1, "string"), config: one(2, "DynamicValue"), client_capabilities: one(3, "ClientCapabilities") },
    {
      ...diagnostics(1),
      renew_at: one(2, "google.protobuf.Timestamp"),
      result: one(3, "DynamicValue"),
      private: one(4, "bytes"),
      deferred: one(5, "Deferred"),
    },
  ),
  RenewEphemeralResource: rpc(
    { type_name: one(1, "string"), private: one(2, "bytes") },
    { ...diagnostics(1), renew_at: one(2, "google.protobuf.Timestamp"), private: one(3, "bytes") },
  ),
  CloseEphemeralResource: rpc({ type_name: one(1, "string"), private: one(2, "bytes") }, diagnostics(1)),
  GetFunctions: rpc({}, { functions: mapOf(1, "Function"), ...diagnostics(2) }),
  CallFunction: rpc(
    { name: one(1, "string"), arguments: many(2, "DynamicValue") },
    { result: one(1, "DynamicValue"), error: one(2, "FunctionError") },
  ),
  Provider: service(
    Object.fromEntries(
      [
        "GetMetadata",
        "GetProviderSchema",
        "ValidateProviderConfig",
        "ValidateResourceConfig",
        "ValidateDataResourceConfig",
        "UpgradeResourceState",
        "ConfigureProvider",
        "ReadResource",
        "PlanResourceChange",
        "ApplyResourceChange",
        "ImportResourceState",
        "MoveResourceState",
        "ReadDataSource",
        "ValidateEphemeralResourceConfig",
        "OpenEphemeralResource",
        "RenewEphemeralResource",
        "CloseEphemeralResource",
        "GetFunctions",
        "CallFunction",
        "StopProvider",
      ].map((name) => [name, method(name)]),
    ),
  ),
};

/** go-plugin's own services: Terraform calls StartStream and StreamStdio on every launch and Shutdown on close. */
const plugin = {
  Empty: message({}),
  StdioData: message(
    { channel: one(1, "Channel"), data: one(2, "bytes") },
    { Channel: enumeration(["INVALID", "STDOUT", "STDERR"]) },
  ),
  ConnInfo: message(
    { service_id: one(1, "uint32"), network: one(2, "string"), address: one(3, "string"), knock: one(4, "Knock") },
    { Knock: message({ knock: one(1, "bool"), ack: one(2, "bool"), error: one(3, "string") }) },
  ),
  GRPCController: service({ Shutdown: { requestType: "Empty", responseType: "Empty" } }),
  GRPCStdio: service({
    StreamStdio: { requestType: "google.protobuf.Empty", responseType: "StdioData", responseStream: true },
  }),
  GRPCBroker: service({
    StartStream: { requestType: "ConnInfo", responseType: "ConnInfo", requestStream: true, responseStream: true },
  }),
};

const health = {
  HealthCheckRequest: message({ service: one(1, "string") }),
  HealthCheckResponse: message(
    { status: one(1, "ServingStatus") },
    { ServingStatus: enumeration(["UNKNOWN", "SERVING", "NOT_SERVING", "SERVICE_UNKNOWN"]) },
  ),
  Health: service({ Check: { requestType: "HealthCheckRequest", responseType: "HealthCheckResponse" } }),
};

const googleProtobuf = {
  Empty: message({}),
  Timestamp: message({ seconds: one(1, "int64"), nanos: one(2, "int32") }),
};

/** Every package the server and its tests load, as one protobuf.js namespace. */
export const PROTOCOL_DESCRIPTORS: Namespace = {
  nested: {
    tfplugin6: { nested: tfplugin6 },
    plugin: { nested: plugin },
    grpc: { nested: { health: { nested: { v1: { nested: health } } } } },
    google: { nested: { protobuf: { nested: googleProtobuf } } },
  },
};
