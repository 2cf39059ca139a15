import "../helpers/cdktf-matchers";
import { Testing } from "cdktf";
import { dataMegaportLocation, dataMegaportMveImages, mve } from "../../.gen/providers/megaport";
import { PALO_ALTO_VNICS, PaloAltoMve } from "../../lib/megaport";
import { Template } from "../helpers/template";
import { mveProps, newStack, secret } from "./fixtures";

describe("PaloAltoMve", () => {
  test("creates a palo_alto MVE with exactly five vNICs in the order mgmt, data, ha1, ha2, ha3", () => {
    const stack = newStack();
    const fw = new PaloAltoMve(stack, "mve", mveProps(stack));
    const t = Template.synth(stack);
    const resource = t.resourceList("megaport_mve")[0];
    expect(resource.vendor_config.vendor).toBe("palo_alto");
    expect(resource.vendor_config.product_size).toBe("MEDIUM");
    expect(resource.vnics).toEqual([
      { description: "Management" },
      { description: "Data plane (ethernet1/1)" },
      { description: "HA1 (ethernet1/2)" },
      { description: "HA2 (ethernet1/3)" },
      { description: "HA3 (ethernet1/4)" },
    ]);
    expect(["mgmt", "data", "ha1", "ha2", "ha3"].map((r) => fw.vnicIndex(r as "mgmt"))).toEqual([0, 1, 2, 3, 4]);
    expect(PALO_ALTO_VNICS.map((v) => v.panosInterface)).toEqual([
      "management",
      "ethernet1/1",
      "ethernet1/2",
      "ethernet1/3",
      "ethernet1/4",
    ]);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(mve.Mve, { location_id: 3, contract_term_months: 1 });
  });

  test("is protected from destroy by default, and the protection can be turned off", () => {
    const stack = newStack();
    new PaloAltoMve(stack, "protected", mveProps(stack));
    new PaloAltoMve(stack, "unprotected", mveProps(stack, { preventDestroy: false }));
    const t = Template.synth(stack);
    expect(t.resource("megaport_mve", "protected").lifecycle.prevent_destroy).toBe(true);
    expect(t.resource("megaport_mve", "unprotected").lifecycle.prevent_destroy).toBe(false);
  });

  test("looks the image up by vendor, product and version, and checks it at plan time", () => {
    const stack = newStack();
    new PaloAltoMve(stack, "mve", mveProps(stack, { image: { version: "11.1.4" } }));
    const t = Template.synth(stack);
    expect(Testing.synth(stack)).toHaveDataSourceWithProperties(dataMegaportMveImages.DataMegaportMveImages, {
      vendor_filter: "Palo Alto",
      product_filter: "VM-Series",
      version_filter: "11.1.4",
    });
    const resource = t.resourceList("megaport_mve")[0];
    expect(resource.vendor_config.image_id).toMatch(/^\$\{data\.megaport_mve_images\.[^.]+\.mve_images\[0\]\.id\}$/);
    const messages = resource.lifecycle.precondition
      .map((p: { error_message: string }) => p.error_message)
      .filter((m: string) => !m.includes("would be REPLACED"));
    expect(messages).toEqual([
      expect.stringContaining("must match exactly one Megaport MVE image"),
      expect.stringContaining("is not a Palo Alto Networks image"),
      expect.stringContaining("is not a VM-Series image"),
      "The admin password hash must be a sha256-crypt hash, as printed by mkpasswd -m sha-256.",
    ]);
    expect(resource.lifecycle.precondition[1].condition).toContain("upper(replace(data.megaport_mve_images.");
  });

  test("an image given by id is used as is and still checked to be Palo Alto VM-Series", () => {
    const stack = newStack();
    new PaloAltoMve(stack, "mve", mveProps(stack, { image: { id: 77 } }));
    const t = Template.synth(stack);
    expect(t.resourceList("megaport_mve")[0].vendor_config.image_id).toBe(77);
    expect(t.dataSourceList("megaport_mve_images")[0]).toEqual({ id_filter: 77 });
    // Three image checks, the plan-time shape check of the password hash given as a variable, and
    // six replacement guards (replacement-guard.ts).
    expect(t.resourceList("megaport_mve")[0].lifecycle.precondition).toHaveLength(10);
  });

  test("a location name is looked up; its id and metro come from the data source", () => {
    const stack = newStack();
    const fw = new PaloAltoMve(stack, "mve", mveProps(stack, { location: { name: "Equinix SY1" } }));
    const t = Template.synth(stack);
    expect(Testing.synth(stack)).toHaveDataSourceWithProperties(dataMegaportLocation.DataMegaportLocation, {
      name: "Equinix SY1",
    });
    expect(t.resourceList("megaport_mve")[0].location_id).toMatch(/^\$\{data\.megaport_location\.[^.]+\.id\}$/);
    expect(fw.metro).toMatch(/TfToken/);
  });

  test("secrets given as sensitive variables stay out of the JSON; literals get a warning", () => {
    const stack = newStack();
    new PaloAltoMve(stack, "mve", mveProps(stack, { licenseData: secret(stack, "license") }));
    const t = Template.synth(stack);
    const config = t.resourceList("megaport_mve")[0].vendor_config;
    expect(config.admin_password_hash).toBe("${var.admin_password_hash}");
    expect(config.license_data).toBe("${var.license}");
    expect(t.variables().admin_password_hash.sensitive).toBe(true);

    const literalStack = newStack();
    const literalHash = "$5$2833ea35$Pdyc6dKE8N/UBRge3QWDJJyotG3I59pxLJWVmcSQDdC";
    const fw = new PaloAltoMve(literalStack, "mve", mveProps(literalStack, { adminPasswordHash: literalHash }));
    Testing.synth(literalStack);
    const warnings = fw.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    expect(warnings).toEqual([expect.stringContaining("literal string and will be written into cdk.tf.json")]);
  });
});
