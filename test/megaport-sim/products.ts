/** Product answers as `GET /v2/product/{uid}` sends them (field names: lib/megaport-api/API-FACTS.md). */

/** Every provisioning status the API is known to report. */
export const PROVISIONING_STATUSES = [
  "NEW",
  "DEPLOYABLE",
  "CONFIGURED",
  "LIVE",
  "CANCELLED",
  "CANCELLED_PARENT",
  "DECOMMISSIONED",
  "FAILED",
] as const;

export type ProvisioningStatus = (typeof PROVISIONING_STATUSES)[number];

/** A product's `data`, as the simulator stores and serves it (tests may store any JSON). */
export type ProductData = Record<string, unknown>;

export interface MveOptions {
  readonly uid: string;
  readonly name: string;
  readonly status?: ProvisioningStatus;
  /** `resources.virtual_machine[0].up`. @default true */
  readonly vmUp?: boolean;
  /** `resources.interface.up` (0/1). @default true */
  readonly interfaceUp?: boolean;
}

export interface VxcOptions {
  readonly uid: string;
  readonly name: string;
  readonly status?: ProvisioningStatus;
  /** @default false */
  readonly shutdown?: boolean;
  /** `resources.interface[0].up` (0/1). @default true */
  readonly interfaceUp?: boolean;
}

/** An MVE as megaportgo's MVE struct reads it. */
export function mve(options: MveOptions): ProductData {
  return {
    productId: 100001,
    productUid: options.uid,
    productName: options.name,
    productType: "MVE",
    provisioningStatus: options.status ?? "LIVE",
    vendor: "PALO_ALTO",
    mveSize: "MEDIUM",
    resources: {
      interface: { id: 1, name: options.name, resource_type: "interface", up: options.interfaceUp === false ? 0 : 1 },
      virtual_machine: [{ id: 7001, cpu_count: 4, resource_type: "virtual_machine", up: options.vmUp ?? true }],
    },
  };
}

/** A VXC as megaportgo's VXC struct reads it. */
export function vxc(options: VxcOptions): ProductData {
  return {
    productId: 200001,
    productUid: options.uid,
    productName: options.name,
    productType: "VXC",
    provisioningStatus: options.status ?? "LIVE",
    rateLimit: 1000,
    shutdown: options.shutdown ?? false,
    resources: {
      interface: [{ id: 1, resource_type: "interface", up: options.interfaceUp === false ? 0 : 1 }],
      vll: { a_vlan: 0, b_vlan: 0, shutdown: options.shutdown ?? false },
    },
  };
}
