/**
 * Given a pair, when synthesized, then the facts only Megaport's data sources know are Terraform
 * preconditions: both sites in one metro, one image and one size on the HA1 link that joins the
 * MVEs, and on each MVE an image that is exactly one Palo Alto VM-Series image.
 */
import type { Json, Template } from "../helpers/template";
import { pairProps, synthNetwork } from "./fixtures";

function idOf(template: Template, kind: "resource" | "data", type: string, prefix: string): string {
  const blocks = kind === "resource" ? template.resources(type) : template.dataSources(type);
  const ids = Object.keys(blocks).filter((id) => id.startsWith(prefix));
  expect(ids).toHaveLength(1);
  return ids[0];
}

describe("plan-time preconditions of the pair", () => {
  const network = synthNetwork();
  const location = (i: number) => `data.megaport_location.${idOf(network, "data", "megaport_location", `mve-${i}_`)}`;
  const image = (i: number) => `data.megaport_mve_images.${idOf(network, "data", "megaport_mve_images", `mve-${i}_`)}`;
  const mve = (i: number) => `megaport_mve.${idOf(network, "resource", "megaport_mve", `mve-${i}_`)}`;
  // The MVEs' replacement guards are tested in test/terraform/replace-mve.test.ts.
  const preconditionsOf = (block: Json) =>
    (block.lifecycle.precondition as { condition: string; error_message: string }[]).filter(
      (p) => !p.error_message.includes("would be REPLACED"),
    );

  test("the HA1 link checks one metro, one image and one size, with messages that say what to change", () => {
    const ha1 = network.resource("megaport_vxc", "ha1_");
    expect(preconditionsOf(ha1)).toEqual([
      {
        condition: `\${(${location(0)}.metro == ${location(1)}.metro)}`,
        error_message:
          "The two firewalls must be in one metro (Palo Alto HA needs them within 20 ms of each other); choose two locations of the same metro.",
      },
      {
        condition: `\${(${image(0)}.mve_images[0].id == ${image(1)}.mve_images[0].id)}`,
        error_message: "The two firewalls must run the same PAN-OS image; give both the same image.",
      },
      {
        condition: `\${(${mve(0)}.vendor_config.product_size == ${mve(1)}.vendor_config.product_size)}`,
        error_message: "The two firewalls must be the same MVE size; give both the same size.",
      },
    ]);
  });

  test("the other HA links carry no copy of them", () => {
    for (const role of ["ha2_", "ha3_"]) {
      expect(network.resource("megaport_vxc", role).lifecycle.precondition).toBeUndefined();
    }
  });

  test("each MVE checks its own image lookup (exactly one image, from Palo Alto, a VM-Series) and the hash's shape", () => {
    [0, 1].forEach((i) => {
      const images = `${image(i)}.mve_images`;
      expect(preconditionsOf(network.resource("megaport_mve", `mve-${i}_`))).toEqual([
        {
          condition: `\${(length(${images}) == 1)}`,
          error_message:
            "Palo Alto VM-Series image version 11.1.2-h3 must match exactly one Megaport MVE image; check the version against the megaport_mve_images data source.",
        },
        {
          // try(..., true): with no image, only the first check speaks (no "Invalid index").
          condition: `\${try((upper(replace(${images}[0].vendor, " ", "_")) == "PALO_ALTO"), true)}`,
          error_message:
            "Palo Alto VM-Series image version 11.1.2-h3 is not a Palo Alto Networks image; choose a Palo Alto VM-Series image.",
        },
        {
          condition: `\${try(strcontains(lower(${images}[0].product), "vm-series"), true)}`,
          error_message:
            "Palo Alto VM-Series image version 11.1.2-h3 is not a VM-Series image; choose a Palo Alto VM-Series image.",
        },
        {
          // The hash is a variable here, so its shape is checked at plan time.
          condition:
            '${can(regex("^[$]5[$](rounds=[0-9]+[$])?[./0-9A-Za-z]{1,16}[$][./0-9A-Za-z]{43}$", var.admin_password_hash))}',
          error_message: "The admin password hash must be a sha256-crypt hash, as printed by mkpasswd -m sha-256.",
        },
      ]);
    });
  });

  test("an image given by id is looked up by id and named by id in the messages", () => {
    const byId = synthNetwork(pairProps({ image: { id: 42 } }));
    expect(byId.dataSourceList("megaport_mve_images")).toEqual([{ id_filter: 42 }, { id_filter: 42 }]);
    for (const m of byId.resourceList("megaport_mve")) expect(m.vendor_config.image_id).toBe(42);
    const messages = preconditionsOf(byId.resource("megaport_mve", "mve-0_")).map((p) => p.error_message);
    expect(messages).toEqual([
      "MVE image id 42 must match exactly one Megaport MVE image; check the id against the megaport_mve_images data source.",
      "MVE image id 42 is not a Palo Alto Networks image; choose a Palo Alto VM-Series image.",
      "MVE image id 42 is not a VM-Series image; choose a Palo Alto VM-Series image.",
      "The admin password hash must be a sha256-crypt hash, as printed by mkpasswd -m sha-256.",
    ]);
  });
});
