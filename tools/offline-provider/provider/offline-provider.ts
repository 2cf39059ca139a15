import { canonicalJson } from "../cty/canonical";
import type { CtyValue } from "../cty/types";
import type { JsonSchema, LoadedProviderSchema } from "../schema/json-schema";
import { blockNode, type ObjectNode } from "../schema/nodes";
import { providerSchemaMessages } from "../schema/to-proto";
import { builtinDefaults } from "./builtin-defaults";
import { type DriftEntry, driftedRead } from "./drift";
import { generationSeed, ROOT } from "./deterministic";
import { OverrideError, resolveUnknowns } from "./fill";
import { findFixture, fixtureKey, type Fixtures } from "./fixtures";
import { mergeOverrides } from "./json";
import { type DeviceEnvironment, PanosDeviceBinding, PROCESS_ENVIRONMENT } from "./panos-device-binding";
import {
  decodeDynamicValue,
  type DiagnosticMessage,
  type DiagnosticsResponse,
  type DynamicValueMessage,
  encodeDynamicValue,
  errorDiagnostic,
} from "./messages";
import { replacementPaths } from "./requires-replace";
import { computedNullsToUnknown, withoutWriteOnly } from "./values";

type Kind = "provider" | "resource" | "data" | "ephemeral";

/** What a handler needs besides the request: the schema and fixtures (both read lazily), a stderr logger. */
export interface OfflineProviderOptions {
  /** Returns the provider's schema; called on the first RPC that needs it. */
  readonly schema: () => LoadedProviderSchema;
  /** Returns the fixtures; called only when a value is filled in (apply, data source read). */
  readonly fixtures: () => Fixtures;
  /** Returns the drift entries (provider/drift.ts); called on the first read of a resource. @default none */
  readonly drift?: () => readonly DriftEntry[];
  /** The environment and files device mode reads (panos-device/connection.ts). @default the process's */
  readonly deviceEnvironment?: DeviceEnvironment;
  readonly log: (line: string) => void;
}

interface ApplyRequest {
  type_name: string;
  prior_state?: DynamicValueMessage | null;
  planned_state?: DynamicValueMessage | null;
  config?: DynamicValueMessage | null;
  planned_private?: Uint8Array;
}

/** What ApplyResourceChange and ReadResource answer (or only diagnostics). */
interface StateResponse {
  new_state: DynamicValueMessage | null | undefined;
  private?: Uint8Array;
  diagnostics: DiagnosticMessage[];
}

/** An answer now (state mode) or once the device answered (device mode). */
type Answer = StateResponse | DiagnosticsResponse | Promise<StateResponse | DiagnosticsResponse>;

interface TypedRequest {
  type_name: string;
  config?: DynamicValueMessage | null;
}

/**
 * The tfplugin6 Provider service behind the offline plugin. Validation accepts what the schema
 * accepts (Terraform itself checks types and required attributes); plans mark computed attributes
 * unknown on create and keep prior state on update; apply and data source reads fill unknowns from
 * the fixture file, built-in defaults, or deterministic values. Logs name RPCs and types, never values.
 */
export class OfflineProvider {
  private readonly nodes = new Map<string, ObjectNode>();
  /** The decoded provider configuration, for drift entries that name a provider (e.g. its hostname). */
  private providerConfig: CtyValue | undefined;
  /** Device mode of this configured panos provider (set by ConfigureProvider); undefined: state only. */
  private device: PanosDeviceBinding | undefined;

  constructor(private readonly options: OfflineProviderOptions) {}

  getMetadata() {
    const { schema } = this.options.schema();
    const names = (schemas: Readonly<Record<string, JsonSchema>> | undefined) =>
      Object.keys(schemas ?? {}).map((type_name) => ({ type_name }));
    return {
      server_capabilities: this.capabilities(),
      diagnostics: [],
      resources: names(schema.resource_schemas),
      data_sources: names(schema.data_source_schemas),
      ephemeral_resources: names(schema.ephemeral_resource_schemas),
      functions: [],
    };
  }

  getProviderSchema() {
    return {
      ...providerSchemaMessages(this.options.schema().schema),
      functions: {},
      diagnostics: [],
      server_capabilities: this.capabilities(),
    };
  }

  validateProviderConfig(request: { config?: DynamicValueMessage | null }): DiagnosticsResponse {
    return this.guard("ValidateProviderConfig", "", () => {
      decodeDynamicValue(request.config, this.node("provider", "").type);
      return { diagnostics: [] };
    });
  }

  validateResourceConfig(request: TypedRequest): DiagnosticsResponse {
    return this.validate("ValidateResourceConfig", "resource", request);
  }

  validateDataResourceConfig(request: TypedRequest): DiagnosticsResponse {
    return this.validate("ValidateDataResourceConfig", "data", request);
  }

  validateEphemeralResourceConfig(request: TypedRequest): DiagnosticsResponse {
    return this.validate("ValidateEphemeralResourceConfig", "ephemeral", request);
  }

  configureProvider(request: { terraform_version: string; config?: DynamicValueMessage | null }): DiagnosticsResponse {
    return this.guard("ConfigureProvider", `terraform ${request.terraform_version}`, () => {
      this.providerConfig = decodeDynamicValue(request.config, this.node("provider", "").type);
      this.device = undefined;
      this.device = PanosDeviceBinding.configure(
        this.options.schema().address,
        this.providerConfig,
        this.options.deviceEnvironment ?? PROCESS_ENVIRONMENT,
        this.options.log,
      );
      return { diagnostics: [] };
    });
  }

  /** The schema version never changed, so the stored JSON state is already current: pass it through. */
  upgradeResourceState(request: { type_name: string; raw_state?: { json?: Uint8Array | null } | null }) {
    return this.guard("UpgradeResourceState", request.type_name, () => {
      this.node("resource", request.type_name);
      const json = request.raw_state?.json;
      if (!json || json.length === 0)
        throw new Error("only JSON state can be upgraded (legacy flatmap state is not supported)");
      return { upgraded_state: { json }, diagnostics: [] as DiagnosticMessage[] };
    });
  }

  /**
   * Device mode (panos): what the device holds (answered asynchronously). Otherwise the stored
   * state, unless a drift entry says the object changed or is gone behind Terraform's back.
   */
  readResource(request: {
    type_name: string;
    current_state?: DynamicValueMessage | null;
    private?: Uint8Array;
  }): Answer {
    const device = this.device;
    if (device) {
      return this.guardAsync("ReadResource", request.type_name, async () => {
        const node = this.node("resource", request.type_name);
        const row = device.row(request.type_name);
        if ((this.options.drift?.() ?? []).some((entry) => entry.resource === request.type_name)) {
          throw new Error("drift entries do not apply in device mode: change the device instead");
        }
        const stored = decodeDynamicValue(request.current_state, node.type);
        const held = stored === null ? null : await device.device().read(row, node, stored);
        return { new_state: encodeDynamicValue(held, node.type), private: request.private, diagnostics: [] };
      });
    }
    return this.guard("ReadResource", request.type_name, () => {
      const { type } = this.node("resource", request.type_name);
      const target = { typeName: request.type_name, type, provider: this.providerConfig };
      const state = driftedRead(this.options.drift?.() ?? [], target, request.current_state);
      return { new_state: state, private: request.private, diagnostics: [] as DiagnosticMessage[] };
    });
  }

  planResourceChange(request: {
    type_name: string;
    prior_state?: DynamicValueMessage | null;
    proposed_new_state?: DynamicValueMessage | null;
    prior_private?: Uint8Array;
  }) {
    return this.guard("PlanResourceChange", request.type_name, () => {
      const node = this.node("resource", request.type_name);
      const prior = decodeDynamicValue(request.prior_state, node.type);
      const proposed = decodeDynamicValue(request.proposed_new_state, node.type);
      // Terraform has already merged config and prior state into the proposal (null: a destroy);
      // a create leaves unset computed attributes to the provider: offline, "known after apply".
      const planned = prior === null ? computedNullsToUnknown(proposed, node) : withoutWriteOnly(proposed, node);
      return {
        planned_state: encodeDynamicValue(planned, node.type),
        planned_private: request.prior_private,
        // The real providers' RequiresReplace facts (requires-replace.ts): Terraform then plans a replacement.
        requires_replace: replacementPaths(request.type_name, prior, planned).map((name) => ({
          steps: [{ attribute_name: name }],
        })),
        diagnostics: [] as DiagnosticMessage[],
      };
    });
  }

  applyResourceChange(request: ApplyRequest): Answer {
    const device = this.device;
    if (!device) return this.guard("ApplyResourceChange", request.type_name, () => this.applied(request));
    // Device mode: the device is written first; the new state is what it then holds.
    return this.guardAsync("ApplyResourceChange", request.type_name, async () => {
      const node = this.node("resource", request.type_name);
      const prior = decodeDynamicValue(request.prior_state, node.type);
      const planned = decodeDynamicValue(request.planned_state, node.type);
      const held = await device.device().apply(device.row(request.type_name), node, prior, planned);
      return this.applied(request, held);
    });
  }

  /** The new state of an apply: the planned state (or what the device holds), unknowns filled. */
  private applied(request: ApplyRequest, held?: CtyValue): StateResponse {
    const node = this.node("resource", request.type_name);
    const prior = decodeDynamicValue(request.prior_state, node.type);
    const planned = held !== undefined ? held : decodeDynamicValue(request.planned_state, node.type);
    if (planned === null)
      return { new_state: encodeDynamicValue(null, node.type), diagnostics: [] as DiagnosticMessage[] };
    const config = decodeDynamicValue(request.config, node.type);
    // Fixtures describe what a create returns; an update keeps what the prior state holds.
    const target = { kind: "resource" as const, typeName: request.type_name, node };
    const state = this.fill(target, planned, config, prior === null ? "fixture-and-defaults" : "none");
    return {
      new_state: encodeDynamicValue(state, node.type),
      private: request.planned_private,
      diagnostics: [] as DiagnosticMessage[],
    };
  }

  readDataSource(request: TypedRequest) {
    return this.guard("ReadDataSource", request.type_name, () => {
      const node = this.node("data", request.type_name);
      const config = decodeDynamicValue(request.config, node.type);
      const target = { kind: "data" as const, typeName: request.type_name, node };
      const state = this.fill(target, computedNullsToUnknown(config, node), config, "fixture-and-defaults");
      return { state: encodeDynamicValue(state, node.type), diagnostics: [] as DiagnosticMessage[] };
    });
  }

  openEphemeralResource(request: TypedRequest) {
    return this.guard("OpenEphemeralResource", request.type_name, () => {
      const node = this.node("ephemeral", request.type_name);
      const config = decodeDynamicValue(request.config, node.type);
      const target = { kind: "ephemeral" as const, typeName: request.type_name, node };
      const result = this.fill(target, computedNullsToUnknown(config, node), config, "none");
      return { result: encodeDynamicValue(result, node.type), diagnostics: [] as DiagnosticMessage[] };
    });
  }

  renewEphemeralResource(request: { type_name: string }): DiagnosticsResponse {
    this.options.log(`RenewEphemeralResource ${request.type_name}`);
    return { diagnostics: [] };
  }

  closeEphemeralResource(request: { type_name: string }): DiagnosticsResponse {
    this.options.log(`CloseEphemeralResource ${request.type_name}`);
    return { diagnostics: [] };
  }

  importResourceState(request: { type_name: string }) {
    return {
      imported_resources: [],
      diagnostics: [
        errorDiagnostic(
          "Import is not supported offline",
          `${request.type_name}: the offline provider has no real objects to import.`,
        ),
      ],
    };
  }

  moveResourceState(request: { target_type_name: string }) {
    return {
      diagnostics: [
        errorDiagnostic(
          "Moving state is not supported offline",
          `${request.target_type_name}: the offline provider cannot move state between types.`,
        ),
      ],
    };
  }

  getFunctions() {
    return { functions: {}, diagnostics: [] };
  }

  callFunction(request: { name: string }) {
    return { error: { text: `the offline provider defines no function "${request.name}"` } };
  }

  stopProvider() {
    return { Error: "" };
  }

  private validate(rpc: string, kind: Kind, request: TypedRequest): DiagnosticsResponse {
    return this.guard(rpc, request.type_name, () => {
      decodeDynamicValue(request.config, this.node(kind, request.type_name).type);
      return { diagnostics: [] };
    });
  }

  /**
   * The final value of an object: unknowns resolved from the overrides (a create or a data source
   * read: the fixture over the built-in defaults) or deterministic values; write-only values nulled.
   */
  private fill(
    target: { kind: Kind; typeName: string; node: ObjectNode },
    value: CtyValue,
    config: CtyValue,
    overrides: "fixture-and-defaults" | "none",
  ): CtyValue {
    const { kind, typeName, node } = target;
    const seed = generationSeed(typeName, canonicalJson(withoutWriteOnly(config, node)));
    let override;
    if (overrides === "fixture-and-defaults" && (kind === "resource" || kind === "data")) {
      const fixture = findFixture(this.options.fixtures(), fixtureKey(kind, typeName), config);
      override = mergeOverrides(builtinDefaults(kind, typeName, config, node, seed), fixture);
    }
    return withoutWriteOnly(resolveUnknowns(value, node.type, override, ROOT, seed, node), node);
  }

  private node(kind: Kind, typeName: string): ObjectNode {
    const key = `${kind}:${typeName}`;
    let node = this.nodes.get(key);
    if (!node) {
      const { schema, address } = this.options.schema();
      const byKind: Record<Kind, Readonly<Record<string, JsonSchema>> | undefined> = {
        provider: { "": schema.provider ?? { block: {} } },
        resource: schema.resource_schemas,
        data: schema.data_source_schemas,
        ephemeral: schema.ephemeral_resource_schemas,
      };
      const schemas = byKind[kind];
      const found = schemas?.[typeName];
      if (!found) throw new Error(`${address} has no ${kind} type "${typeName}"`);
      node = blockNode(found.block);
      this.nodes.set(key, node);
    }
    return node;
  }

  private capabilities() {
    return { plan_destroy: false, get_provider_schema_optional: false, move_resource_state: false };
  }

  /** Runs a handler, logging the RPC; a failure becomes one error diagnostic naming the RPC and type. */
  private guard<T extends object>(rpc: string, subject: string, handler: () => T): T | DiagnosticsResponse {
    this.options.log(`${rpc} ${subject}`.trim());
    try {
      return handler();
    } catch (error) {
      return { diagnostics: [this.failure(rpc, subject, error)] };
    }
  }

  /** {@link guard} for handlers that wait for the device. */
  private async guardAsync<T extends object>(
    rpc: string,
    subject: string,
    handler: () => Promise<T>,
  ): Promise<T | DiagnosticsResponse> {
    this.options.log(`${rpc} ${subject}`.trim());
    try {
      return await handler();
    } catch (error) {
      return { diagnostics: [this.failure(rpc, subject, error)] };
    }
  }

  private failure(rpc: string, subject: string, error: unknown): DiagnosticMessage {
    const summary =
      error instanceof OverrideError ? "Offline provider fixture does not fit" : `Offline provider: ${rpc} failed`;
    return errorDiagnostic(summary, `${subject}: ${(error as Error).message}`);
  }
}
