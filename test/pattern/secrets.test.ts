/**
 * Given every secret of a pair as `variable(...)` and sentinel values in the environment Terraform
 * and the providers read, when the pair is synthesized, then no secret value appears in any stack,
 * the network stack declares the variables sensitive, and no provisioner command line or
 * `terraform_data` input carries a variable.
 */
import { variable } from "../../lib/pattern";
import type { Json, Template } from "../helpers/template";
import { awsConnection, azureConnection, localExecs, pairProps, synthPair } from "./fixtures";

const SENTINELS: Readonly<Record<string, string>> = {
  TF_VAR_admin_password_hash: "$5$sentinelSalt$SENTINELhashSENTINELhashSENTINELhashSENTINELha",
  TF_VAR_license_data_0: "sentinel-licence-0-auth-code",
  TF_VAR_license_data_1: "sentinel-licence-1-auth-code",
  TF_VAR_azure_service_key: "sentinel-azure-service-key",
  TF_VAR_azure_shared_key: "sentinel-azure-md5-key",
  TF_VAR_aws_auth_key: "sentinel-aws-bgp-md5-key",
  PANOS_USERNAME: "sentinel-panos-user",
  PANOS_PASSWORD: "sentinel-panos-Pa55word!",
  PANOS_API_KEY: "sentinel-LUFRPT1-api-key==",
  MEGAPORT_ACCESS_KEY: "sentinel-megaport-access-key",
  MEGAPORT_SECRET_KEY: "sentinel-megaport-secret-key",
};

describe("secrets of a pair given as variables", () => {
  const saved = Object.fromEntries(Object.keys(SENTINELS).map((name) => [name, process.env[name]]));
  let templates: Template[];

  beforeAll(() => {
    Object.assign(process.env, SENTINELS);
    const { network, firewalls } = synthPair(
      pairProps({
        sites: [
          { location: { id: 3 }, licenseData: variable("license_data_0") },
          { location: { id: 4 }, licenseData: variable("license_data_1") },
        ],
        cloudConnections: [
          awsConnection({
            vif: { asn: 65010, amazonAsn: 64512, authKey: variable("aws_auth_key") },
          }),
          azureConnection({
            privatePeering: {
              peerAsn: 65010,
              primarySubnet: "192.168.200.0/30",
              secondarySubnet: "192.168.200.4/30",
              sharedKey: variable("azure_shared_key"),
            },
          }),
        ],
      }),
    );
    templates = [network, ...firewalls];
  });

  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  test("no sentinel value appears in any stack", () => {
    expect(templates).toHaveLength(3);
    templates.forEach((template, stack) => {
      for (const [name, value] of Object.entries(SENTINELS)) {
        expect({ stack, name, found: template.text.includes(value) }).toEqual({ stack, name, found: false });
      }
    });
  });

  test("the network stack declares each secret as a sensitive string variable; the firewall stacks declare none", () => {
    const [network, ...firewalls] = templates;
    const variables = Object.fromEntries(
      Object.entries(network.variables()).map(([name, v]: [string, Json]) => [name, [v.type, v.sensitive]]),
    );
    expect(variables).toEqual({
      admin_password_hash: ["string", true],
      license_data_0: ["string", true],
      license_data_1: ["string", true],
      azure_service_key: ["string", true],
      azure_shared_key: ["string", true],
      aws_auth_key: ["string", true],
      aws_account_id: ["string", false],
    });
    for (const firewall of firewalls) {
      expect(firewall.variables()).toEqual({});
      expect(firewall.text).not.toContain("var.");
    }
  });

  test("each secret reaches its Megaport argument as a variable reference", () => {
    const [network] = templates;
    const mves = network.resourceList("megaport_mve");
    expect(mves.map((m: Json) => [m.vendor_config.admin_password_hash, m.vendor_config.license_data])).toEqual([
      ["${var.admin_password_hash}", "${var.license_data_0}"],
      ["${var.admin_password_hash}", "${var.license_data_1}"],
    ]);
    const partners = network.resourceList("megaport_vxc").map((v: Json) => v.b_end_partner_config ?? {});
    const aws = partners.filter((p: Json) => p.aws_config).map((p: Json) => p.aws_config.auth_key);
    const azure = partners.filter((p: Json) => p.azure_config).map((p: Json) => p.azure_config);
    expect(aws).toEqual(["${var.aws_auth_key}", "${var.aws_auth_key}"]);
    expect(azure.map((a: Json) => [a.service_key, a.peers[0].shared_key])).toEqual([
      ["${var.azure_service_key}", "${var.azure_shared_key}"],
      ["${var.azure_service_key}", "${var.azure_shared_key}"],
    ]);
  });

  test("no output, provisioner or terraform_data input refers to a variable", () => {
    for (const template of templates) {
      for (const [name, output] of Object.entries(template.outputs())) {
        expect({ name, value: JSON.stringify(output) }).not.toEqual({ name, value: expect.stringContaining("var.") });
      }
      for (const block of template.resourceList("terraform_data")) expect(JSON.stringify(block)).not.toContain("var.");
    }
  });

  test("provisioner command lines are fixed text; values come only from the resource's own input", () => {
    const runs = templates.flatMap(localExecs);
    expect(runs.length).toBeGreaterThanOrEqual(2 + 2 * 7);
    for (const run of runs) {
      expect(run.command).toMatch(/^node "\$MVE_HA_CLI_BUNDLE" (prepare|apply|commit) --host "\$MVE_HA_HOST" /);
      expect(run.command).not.toMatch(/\$\{|PANOS_|password|api.?key/i);
      for (const [name, value] of Object.entries(run.environment)) {
        expect(name).toMatch(/^MVE_HA_[A-Z_]+$/);
        // The bundle's path is the stack's own (path.module), never a value of the props.
        if (name === "MVE_HA_CLI_BUNDLE") expect(value).toMatch(/^\$\{path\.module\}\/assets\/[\w/.-]+$/);
        else expect(value).toMatch(/^\$\{(jsonencode\()?self\.input\.\w+\)?\}$/);
      }
    }
  });
});
