/**
 * Values from the network stack (tokens), the commit fingerprint, and the absence of credentials
 * from everything synthesized.
 */
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { DevicePreparation, PaloAltoFirewallConfig, type PaloAltoFirewallConfigProps } from "../../lib/panos";
import { firewallProps, preparationProps } from "./fixtures";
import { Template, type Block } from "../helpers/template";

function synth(props: PaloAltoFirewallConfigProps) {
  const stack = new TerraformStack(Testing.app(), "firewall-0");
  const firewall = new PaloAltoFirewallConfig(stack, "firewall", props);
  const template = Template.synth(stack);
  return {
    firewall,
    template,
    commitTriggers: template.block(firewall.commit).triggers_replace,
    haTriggers: template.block(firewall.highAvailability).triggers_replace,
  };
}

describe("values known only at plan time", () => {
  const stack = new TerraformStack(Testing.app(), "firewall-0");
  const own = new TerraformVariable(stack, "management_ip", { type: "string" });
  const peer = new TerraformVariable(stack, "peer_management_ip", { type: "string" });
  const base = firewallProps(0);
  const firewall = new PaloAltoFirewallConfig(stack, "firewall", {
    ...base,
    api: { ...base.api, host: own.stringValue },
    ha: { ...base.ha, peerManagementIp: peer.stringValue },
  });
  const template = Template.synth(stack);
  const ha: Block = template.block(firewall.highAvailability);

  test("reach the provider and the bridges as Terraform references", () => {
    expect(template.json.provider?.panos).toEqual([expect.objectContaining({ hostname: "${var.management_ip}" })]);
    expect(ha.input).toMatchObject({ host: "${var.management_ip}" });
    const element = (ha.input as { spec: { operations: { element: string }[] } }).spec.operations[0].element;
    expect(element).toContain("<peer-ip>${var.peer_management_ip}</peer-ip>");
  });

  test("are checked at plan time to be IPv4 addresses before they are written into XML", () => {
    expect((ha.lifecycle as { precondition: unknown[] }).precondition).toEqual([
      expect.objectContaining({ condition: expect.stringContaining("fileexists(") }),
      {
        condition: '${can(regex("^[0-9]{1,3}([.][0-9]{1,3}){3}$", var.peer_management_ip))}',
        error_message: expect.stringContaining('"high-availability" XML spec is not an IPv4 address'),
      },
    ]);
  });

  test("are part of the fingerprints, which Terraform resolves", () => {
    expect(template.block(firewall.commit).triggers_replace).toEqual({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      plan_time_values: ["${var.management_ip}", "${var.peer_management_ip}"],
      configuration: expect.stringMatching(/^\$\{sha256\(jsonencode\(data\.panos_zone\./),
    });
    expect(ha.triggers_replace).toEqual({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      plan_time_values: ["${var.management_ip}", "${var.peer_management_ip}"],
    });
  });

  test("a management address from the network stack is split by Terraform for device preparation", () => {
    const network = new TerraformStack(Testing.app(), "network");
    const address = new TerraformVariable(network, "management_address", { type: "string" });
    const gateway = new TerraformVariable(network, "management_gateway", { type: "string" });
    const p = preparationProps(0);
    const prep = new DevicePreparation(network, "prepare-0", {
      ...p,
      managementInterface: { ...p.managementInterface, address: address.stringValue, gateway: gateway.stringValue },
    });
    const block = Template.synth(network).block(prep.settings);
    expect(block.input).toMatchObject({ host: '${element(split("/", var.management_address), 0)}' });
    const element = (block.input as { spec: { operations: { element: string }[] } }).spec.operations[2].element;
    expect(element).toContain('<ip-address>${element(split("/", var.management_address), 0)}</ip-address>');
    expect(element).toContain("<netmask>${cidrnetmask(var.management_address)}</netmask>");
    expect(element).toContain("<default-gateway>${var.management_gateway}</default-gateway>");
    // Three address checks, after the check that the stack carries the CLI.
    expect((block.lifecycle as { precondition: unknown[] }).precondition).toHaveLength(4);
  });
});

describe("commit fingerprint", () => {
  const base = firewallProps(0);
  const reference = synth(base);

  test("an unchanged model gives the same triggers, so Terraform never commits again", () => {
    const again = synth(firewallProps(0));
    expect(again.commitTriggers).toEqual(reference.commitTriggers);
    expect(again.haTriggers).toEqual(reference.haTriggers);
  });

  test("a change outside HA moves the commit trigger but leaves the HA bridge alone", () => {
    const changed = synth({ ...base, bfd: { minTxIntervalMs: 500 } });
    expect(changed.commitTriggers).not.toEqual(reference.commitTriggers);
    expect(changed.haTriggers).toEqual(reference.haTriggers);
  });

  test("an HA change moves both", () => {
    const changed = synth({ ...base, ha: { ...base.ha, election: { devicePriority: 50 } } });
    expect(changed.commitTriggers).not.toEqual(reference.commitTriggers);
    expect(changed.haTriggers).not.toEqual(reference.haTriggers);
  });
});

describe("credentials", () => {
  const sentinels = {
    PANOS_USERNAME: "sentinel-admin-user",
    PANOS_PASSWORD: "sentinel-Pa55word!",
    PANOS_API_KEY: "sentinel-LUFRPT1api-key==",
  };
  const saved = Object.fromEntries(Object.keys(sentinels).map((k) => [k, process.env[k]]));
  beforeAll(() => Object.assign(process.env, sentinels));
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  test("appear nowhere in either firewall stack or the device preparation, even when set in the environment", () => {
    const texts = [0, 1].map((d) => synth(firewallProps(d as 0 | 1)).template.text);
    const network = new TerraformStack(Testing.app(), "network");
    new DevicePreparation(network, "prepare-0", preparationProps(0));
    texts.push(Template.synth(network).text);
    for (const text of texts) {
      for (const secret of Object.values(sentinels)) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/password|api_key|apikey|username/i);
      expect(text).not.toContain("PANOS_");
    }
  });
});
