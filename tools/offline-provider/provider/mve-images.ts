import type { Json } from "./json";

/**
 * What `megaport_mve_images` answers offline: a realistic slice of Megaport's MVE image catalogue
 * (Palo Alto VM-Series releases, plus a few other vendors' images so that the vendor and product
 * filters have something to exclude), filtered the way the real data source filters
 * (terraform-provider-megaport 1.13.1, `mve_image_data_source.go`):
 *
 * - `id_filter` compares numbers; `version_filter`, `product_filter`, `vendor_filter` and
 *   `product_code_filter` compare whole strings, case-insensitively (no substring match);
 *   `release_image_filter` compares booleans; all given filters must hold.
 * - A vendor filter of `PALO_ALTO` means the API's "Palo Alto", and the API's "Palo Alto" comes
 *   back as `PALO_ALTO` (the provider normalises both ways).
 *
 * The versions include every one the repository's examples and tests use. Ids, product codes and
 * descriptions are illustrative: Megaport's catalogue changes; a fixture entry for
 * `data.megaport_mve_images` replaces this answer. One difference from the real provider: when no
 * image matches, the real data source fails the read ("no matching MVE images"); offline it
 * returns an empty list, so that a test sees the constructs' own precondition judge it.
 */

/** One catalogue entry, as the Megaport API describes an image (vendor as the API spells it). */
export interface MveImage {
  readonly id: number;
  readonly version: string;
  readonly product: string;
  readonly vendor: string;
  readonly vendor_description: string;
  readonly release_image: boolean;
  readonly product_code: string;
}

const PALO_ALTO = {
  product: "VM-Series",
  vendor: "Palo Alto",
  vendor_description: "Palo Alto Networks VM-Series next-generation firewall",
  product_code: "palo-alto-vm-series",
};

/** The default catalogue. */
export const DEFAULT_MVE_IMAGES: readonly MveImage[] = [
  { id: 41, version: "10.1.14-h4", release_image: false, ...PALO_ALTO },
  { id: 48, version: "10.2.9-h1", release_image: true, ...PALO_ALTO },
  { id: 53, version: "10.2.10-h9", release_image: true, ...PALO_ALTO },
  { id: 57, version: "11.1.2-h3", release_image: true, ...PALO_ALTO },
  { id: 60, version: "11.1.4", release_image: true, ...PALO_ALTO },
  { id: 63, version: "11.1.4-h7", release_image: true, ...PALO_ALTO },
  { id: 66, version: "11.1.6-h3", release_image: true, ...PALO_ALTO },
  { id: 69, version: "11.2.4-h4", release_image: true, ...PALO_ALTO },
  {
    id: 202,
    version: "7.4.3",
    product: "FortiGate-VM",
    vendor: "Fortinet",
    vendor_description: "Fortinet FortiGate next-generation firewall",
    release_image: true,
    product_code: "fortinet-fortigate-vm",
  },
  {
    id: 231,
    version: "17.12.04a",
    product: "C8000",
    vendor: "Cisco",
    vendor_description: "Cisco Catalyst 8000V Edge",
    release_image: true,
    product_code: "cisco-c8000",
  },
];

/** The filters of a `megaport_mve_images` configuration, without the `_filter` suffix. */
export type ImageFilters = Readonly<Record<string, Json>>;

/** `{ mve_images }` for the given filters: the catalogue entries every filter accepts. */
export function mveImagesMatching(filters: ImageFilters, catalogue: readonly MveImage[] = DEFAULT_MVE_IMAGES): Json {
  const matching = catalogue.filter((image) =>
    Object.entries(filters).every(([name, wanted]) => accepts(name, wanted, image)),
  );
  return { mve_images: matching.map((image) => ({ ...image, vendor: vendorAsReported(image.vendor) })) };
}

function accepts(name: string, wanted: Json, image: MveImage): boolean {
  switch (name) {
    case "id":
      return image.id === wanted;
    case "release_image":
      return image.release_image === wanted;
    case "vendor":
      return typeof wanted === "string" && vendorKey(wanted) === vendorKey(image.vendor);
    case "version":
    case "product":
    case "product_code":
      return typeof wanted === "string" && wanted.toLowerCase() === image[name].toLowerCase();
    default:
      return true;
  }
}

/** "PALO_ALTO", "Palo Alto" and "palo alto" are one vendor. */
function vendorKey(vendor: string): string {
  return vendor.toUpperCase().replace(/_/g, " ");
}

function vendorAsReported(vendor: string): string {
  return vendorKey(vendor) === "PALO ALTO" ? "PALO_ALTO" : vendor;
}
