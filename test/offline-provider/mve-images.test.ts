import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { NumberText, record } from "../../tools/offline-provider/cty/types";
import { builtinDefaults } from "../../tools/offline-provider/provider/builtin-defaults";
import { generationSeed } from "../../tools/offline-provider/provider/deterministic";
import { mergeOverrides } from "../../tools/offline-provider/provider/json";
import { DEFAULT_MVE_IMAGES, mveImagesMatching } from "../../tools/offline-provider/provider/mve-images";
import { loadProviderSchema } from "../../tools/offline-provider/schema/json-schema";
import { blockNode } from "../../tools/offline-provider/schema/nodes";

const ROOT = path.resolve(__dirname, "../..");
const schema = loadProviderSchema(path.join(ROOT, "schemas/megaport.json"));
const imagesNode = blockNode(schema.schema.data_source_schemas!.megaport_mve_images.block);

/** What the offline provider's built-in defaults answer for a megaport_mve_images configuration. */
function defaultsFor(config: Record<string, unknown>) {
  const cty = Object.assign(record(), config) as never;
  return builtinDefaults("data", "megaport_mve_images", cty, imagesNode, generationSeed("megaport_mve_images", "{}"));
}

const versionsOf = (answer: unknown) =>
  ((answer as { mve_images: Array<{ version: string }> }).mve_images ?? []).map((image) => image.version);

describe("the offline megaport_mve_images answer", () => {
  test("the constructs' lookup (vendor, product, version) finds exactly the one image of that version", () => {
    const answer = defaultsFor({
      vendor_filter: "Palo Alto",
      product_filter: "VM-Series",
      version_filter: "10.2.9-h1",
    });
    expect(answer).toEqual({
      mve_images: [expect.objectContaining({ version: "10.2.9-h1", vendor: "PALO_ALTO", product: "VM-Series" })],
    });
  });

  test("a version Megaport does not offer matches nothing (no invented image)", () => {
    expect(
      defaultsFor({ vendor_filter: "Palo Alto", product_filter: "VM-Series", version_filter: "10.2.19-h1" }),
    ).toEqual({ mve_images: [] });
  });

  test("filters compare whole strings case-insensitively; PALO_ALTO and Palo Alto are one vendor", () => {
    expect(versionsOf(mveImagesMatching({ vendor: "PALO_ALTO", version: "11.1.4-H7" }))).toEqual(["11.1.4-h7"]);
    expect(versionsOf(mveImagesMatching({ vendor: "palo alto", version: "11.1.4" }))).toEqual(["11.1.4"]);
    expect(versionsOf(mveImagesMatching({ product: "VM-Ser" }))).toEqual([]);
    expect(versionsOf(mveImagesMatching({ vendor: "Fortinet" }))).toEqual(["7.4.3"]);
  });

  test("id and release-image filters; an image by id keeps its own vendor", () => {
    expect(defaultsFor({ id_filter: new NumberText("202") })).toEqual({
      mve_images: [expect.objectContaining({ id: 202, vendor: "Fortinet", product: "FortiGate-VM" })],
    });
    const unreleased = mveImagesMatching({ vendor: "PALO_ALTO", release_image: false });
    expect(versionsOf(unreleased)).toEqual(["10.1.14-h4"]);
  });

  test("every PAN-OS version the repository's examples and tests use is in the catalogue", () => {
    const listed = execFileSync(
      "git",
      [
        "grep",
        "-h",
        "-o",
        "-i",
        "-E",
        'version: "[0-9]+\\.[0-9]+\\.[0-9]+(-h[0-9]+)?"',
        "--",
        ".",
        ":!test/offline-provider/mve-images.test.ts", // this file's own filter examples
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    const used = new Set([...listed.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
    used.delete("10.2.0"); // the simulator's PAN-OS software version, not an MVE image
    const offered = new Set(DEFAULT_MVE_IMAGES.map((image) => image.version));
    expect(used.size).toBeGreaterThan(2);
    expect([...used].filter((version) => !offered.has(version))).toEqual([]);
  });

  test("a fixture entry replaces the default answer as a whole", () => {
    const fixture = { mve_images: [{ id: 7, version: "9.1.0", vendor: "PALO_ALTO", product: "VM-Series" }] };
    expect(mergeOverrides(defaultsFor({ version_filter: "10.2.9-h1" }), fixture)).toEqual(fixture);
  });
});
