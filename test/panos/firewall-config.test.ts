/** A firewall stack for device 0 and device 1: what it synthesizes, resource by resource. */
import { TerraformStack, Testing } from "cdktf";
import {
  PaloAltoFirewallConfig,
  renderHaRemovalSpec,
  renderHaSpec,
  renderVsysImportRemovalSpec,
  renderVsysImportSpec,
  vsysImports,
  type PaloAltoFirewallConfigProps,
} from "../../lib/panos";
import { firewallProps } from "./fixtures";
import { Template, type Block } from "../helpers/template";

/** The plan-time check that the stack still carries the bundled CLI its provisioners run. */
const cliBundleCheck = {
  condition: expect.stringMatching(
    /^\$\{fileexists\("\$\{path\.module\}\/assets\/mve-ha-cli\/[0-9A-F]+\/mve-ha\.cjs"\)\}$/,
  ),
  error_message: expect.stringContaining("is missing from the stack directory"),
};

function synth(props: PaloAltoFirewallConfigProps, stackName = "firewall-0") {
  const stack = new TerraformStack(Testing.app(), stackName);
  const firewall = new PaloAltoFirewallConfig(stack, "firewall", props);
  return { firewall, template: Template.synth(stack) };
}

/** The first block of a type whose `name` attribute is `name`. */
function named(template: Template, type: string, name: string): Block {
  const found = Object.values(template.resources(type)).filter((b) => b.name === name);
  expect(found).toHaveLength(1);
  return found[0];
}

function localExec(block: Block, index: number): Record<string, unknown> {
  const provisioners = block.provisioner as Record<string, Record<string, unknown>>[];
  return provisioners[index]["local-exec"];
}

describe.each([0, 1] as const)("firewall stack for device %i", (deviceId) => {
  const { firewall, template } = synth(firewallProps(deviceId), `firewall-${deviceId}`);

  test("synthesizes every resource, at stable Terraform addresses", () => {
    expect(template.addresses()).toEqual([
      "panos_bfd_network_profile.firewall_bfd-profile_A69388A6",
      "panos_ethernet_interface.firewall_data-interface_687D9882",
      "panos_ethernet_interface.firewall_ha1-backup-interface_B193E977",
      "panos_ethernet_interface.firewall_ha2-interface_8614D639",
      "panos_ethernet_interface.firewall_ha3-interface_13FEEDE5",
      "panos_ethernet_layer3_subinterface.firewall_subinterface-aws_443B72B2",
      "panos_ethernet_layer3_subinterface.firewall_subinterface-azure_7B61E817",
      "panos_interface_management_profile.firewall_management-profile_A66DD671",
      "panos_security_policy_rules.firewall_security-rules_3C918E6E",
      "panos_virtual_router.firewall_virtual-router_95EE7358",
      "panos_zone.firewall_zone_8B58FD2E",
      "terraform_data.firewall_commit-on-destroy_F3C88ED6",
      "terraform_data.firewall_commit-on-removal_DBCFCC84",
      "terraform_data.firewall_commit_B77690B5",
      "terraform_data.firewall_connection-vlan_89FCED6E",
      "terraform_data.firewall_high-availability-cleanup_D132ED65",
      "terraform_data.firewall_high-availability_A25A9EA3",
      "terraform_data.firewall_vsys-import-cleanup_7F7BAE40",
      "terraform_data.firewall_vsys-import-interfaces_73CDACA6",
      "terraform_data.firewall_vsys-import-virtual-router-cleanup_E091DC0E",
      "terraform_data.firewall_vsys-import-virtual-router_1BE5883D",
    ]);
  });

  test("one panos provider from props, with no credential attribute", () => {
    expect(template.json.provider?.panos).toEqual([
      {
        hostname: ["203.0.113.10", "203.0.113.20"][deviceId],
        port: 443,
        protocol: "https",
        skip_verify_certificate: true,
      },
    ]);
    for (const type of Object.keys(template.json.resource ?? {})) {
      if (!type.startsWith("panos_")) continue;
      for (const block of Object.values(template.resources(type))) expect(block.provider).toBe("panos");
    }
  });

  test("ethernet1/1 is layer3 with an MTU; ethernet1/2..4 are type ha", () => {
    expect(named(template, "panos_ethernet_interface", "ethernet1/1")).toMatchObject({
      layer3: { mtu: 1500 },
      location: { ngfw: {} },
    });
    for (const port of ["ethernet1/2", "ethernet1/3", "ethernet1/4"]) {
      const block = named(template, "panos_ethernet_interface", port);
      expect(block.ha).toEqual({});
      expect(block.layer3).toBeUndefined();
    }
  });

  test("one VLAN subinterface per connection: tag, address, MTU, management profile", () => {
    expect(named(template, "panos_interface_management_profile", "allow-ping")).toMatchObject({ ping: true });
    expect(named(template, "panos_ethernet_layer3_subinterface", "ethernet1/1.100")).toMatchObject({
      parent: "ethernet1/1",
      tag: 100,
      ip: [{ name: `169.254.10${deviceId}.1/30` }],
      mtu: 1500,
      interface_management_profile: "allow-ping",
      location: { ngfw: {} },
    });
    expect(named(template, "panos_ethernet_layer3_subinterface", "ethernet1/1.200")).toMatchObject({
      tag: 200,
      ip: [{ name: `192.168.20${deviceId}.1/30` }],
    });
  });

  test("the zone holds the data-plane subinterfaces in vsys1", () => {
    expect(named(template, "panos_zone", "data-plane")).toMatchObject({
      location: { vsys: {} },
      network: { layer3: ["ethernet1/1.100", "ethernet1/1.200"] },
    });
  });

  test("BFD profile 300/300/3 and a virtual router with ECMP, BGP, a peer group per connection and per-peer BFD", () => {
    expect(named(template, "panos_bfd_network_profile", "bgp-bfd")).toMatchObject({
      min_tx_interval: 300,
      min_rx_interval: 300,
      detection_multiplier: 3,
      mode: "active",
    });
    const vr = named(template, "panos_virtual_router", "default");
    expect(vr).toMatchObject({
      interfaces: ["ethernet1/1.100", "ethernet1/1.200"],
      ecmp: { enable: true, max_paths: 2, algorithm: { ip_modulo: {} } },
    });
    const bgp = (vr.protocol as Record<string, Record<string, unknown>>).bgp;
    expect(bgp).toMatchObject({
      enable: true,
      router_id: `10.255.0.${deviceId + 1}`,
      local_as: "65010",
      install_route: true,
    });
    const groups = bgp.peer_group as Record<string, unknown>[];
    expect(groups.map((g) => g.name)).toEqual(["aws", "azure"]);
    expect(groups[0]).toMatchObject({
      type: { ebgp: { export_nexthop: "use-self" } },
      peer: [
        {
          name: "aws",
          peer_as: "64512",
          peer_address: { ip: `169.254.10${deviceId}.2` },
          local_address: { interface: "ethernet1/1.100", ip: `169.254.10${deviceId}.1/30` },
          bfd: { profile: "bgp-bfd" },
        },
      ],
    });
  });

  test("an explicit intrazone rule allows traffic between the connections, placed last", () => {
    const [block] = Object.values(template.resources("panos_security_policy_rules"));
    expect(block).toMatchObject({ location: { vsys: {} }, position: { where: "last" } });
    expect(block.rules).toEqual([
      expect.objectContaining({
        name: "allow-between-data-plane-connections",
        rule_type: "intrazone",
        source_zones: ["data-plane"],
        destination_zones: ["data-plane"],
        action: "allow",
        log_end: true,
      }),
    ]);
  });

  test("the HA bridge carries the connection and the HA spec and applies it; it never deletes HA", () => {
    const block = template.block(firewall.highAvailability);
    const input = block.input as Record<string, unknown>;
    expect(input).toEqual({
      host: ["203.0.113.10", "203.0.113.20"][deviceId],
      port: 443,
      protocol: "https",
      spec: renderHaSpec(firewall.model.ha),
    });
    expect(localExec(block, 0)).toEqual({
      command:
        'node "$MVE_HA_CLI_BUNDLE" apply --host "$MVE_HA_HOST" --port "$MVE_HA_PORT" --protocol "$MVE_HA_PROTOCOL" --insecure --timeout 600 --spec-env MVE_HA_SPEC',
      environment: {
        MVE_HA_CLI_BUNDLE: expect.stringMatching(/^\$\{path\.module\}\/assets\/mve-ha-cli\/[0-9A-F]+\/mve-ha\.cjs$/),
        MVE_HA_HOST: "${self.input.host}",
        MVE_HA_PORT: "${self.input.port}",
        MVE_HA_PROTOCOL: "${self.input.protocol}",
        MVE_HA_SPEC: "${jsonencode(self.input.spec)}",
      },
      interpreter: ["/bin/sh", "-c"],
    });
    // No destroy-time provisioner: a replaced HA bridge deletes nothing.
    expect(block.provisioner).toHaveLength(1);
    expect(block.triggers_replace).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  test("HA is deleted only by a destroy-only cleanup with no replacement trigger", () => {
    const cleanup = template.blockAt("terraform_data.firewall_high-availability-cleanup_D132ED65");
    expect(cleanup.for_each).toEqual({ "high-availability": { undo: renderHaRemovalSpec() } });
    expect(cleanup.input).toMatchObject({ undo: "${each.value.undo}" });
    expect(cleanup.triggers_replace).toBeUndefined();
    expect(cleanup.lifecycle).toEqual({ precondition: [cliBundleCheck] });
    expect(cleanup.provisioner).toEqual([
      {
        "local-exec": expect.objectContaining({
          when: "destroy",
          environment: expect.objectContaining({ MVE_HA_SPEC: "${jsonencode(self.input.undo)}" }),
        }),
      },
    ]);
  });

  test("a removed connection's subinterface, vsys cleanup and removal commit are create_before_destroy", () => {
    for (const [name, connection] of [
      ["ethernet1/1.100", "aws"],
      ["ethernet1/1.200", "azure"],
    ]) {
      // A changed VLAN replaces the subinterface (test/terraform/vlan-change.test.ts).
      expect(named(template, "panos_ethernet_layer3_subinterface", name).lifecycle).toEqual({
        create_before_destroy: true,
        replace_triggered_by: [`terraform_data.firewall_connection-vlan_89FCED6E["${connection}"].output`],
      });
    }
    expect(template.blockAt("terraform_data.firewall_connection-vlan_89FCED6E")).toMatchObject({
      for_each: { aws: 100, azure: 200 },
      input: "${each.value}",
    });
    for (const address of [
      "terraform_data.firewall_vsys-import-cleanup_7F7BAE40",
      "terraform_data.firewall_commit-on-removal_DBCFCC84",
    ]) {
      expect(template.blockAt(address).lifecycle).toEqual({
        create_before_destroy: true,
        precondition: [cliBundleCheck],
      });
    }
    for (const address of [
      "terraform_data.firewall_commit-on-destroy_F3C88ED6",
      "terraform_data.firewall_vsys-import-virtual-router-cleanup_E091DC0E",
    ]) {
      expect(template.blockAt(address).lifecycle).toEqual({ precondition: [cliBundleCheck] });
    }
  });

  test("vsys1 imports: the interfaces in one merge, each removed on its own when it goes, the router too", () => {
    const imports = template.blockAt("terraform_data.firewall_vsys-import-interfaces_73CDACA6");
    const interfaces = vsysImports(firewall.model).interfaces;
    expect(imports.input).toMatchObject({ spec: renderVsysImportSpec(interfaces) });
    expect(imports.input).not.toHaveProperty("undo");
    expect((imports.provisioner as unknown[]).length).toBe(1);

    const cleanup = template.blockAt("terraform_data.firewall_vsys-import-cleanup_7F7BAE40");
    expect(cleanup.for_each).toEqual(
      Object.fromEntries(interfaces.map((i) => [i.name, { undo: renderVsysImportRemovalSpec(i) }])),
    );
    expect(cleanup.input).toMatchObject({ undo: "${each.value.undo}" });
    expect(cleanup.triggers_replace).toBeUndefined();
    expect(cleanup.provisioner).toEqual([
      {
        "local-exec": expect.objectContaining({
          when: "destroy",
          environment: expect.objectContaining({ MVE_HA_SPEC: "${jsonencode(self.input.undo)}" }),
        }),
      },
    ]);

    const router = template.blockAt("terraform_data.firewall_vsys-import-virtual-router_1BE5883D");
    const item = vsysImports(firewall.model).virtualRouter;
    expect(router.input).toMatchObject({ spec: renderVsysImportSpec([item]) });
    expect(router.input).not.toHaveProperty("undo");
    expect((router.provisioner as unknown[]).length).toBe(1);
    const routerCleanup = template.blockAt("terraform_data.firewall_vsys-import-virtual-router-cleanup_E091DC0E");
    expect(routerCleanup.for_each).toEqual({ default: { undo: renderVsysImportRemovalSpec(item) } });
    expect(routerCleanup.triggers_replace).toBeUndefined();
    expect(routerCleanup.provisioner).toEqual(cleanup.provisioner);
  });

  test("the commit runs mve-ha commit once per model change", () => {
    const block = template.block(firewall.commit);
    expect(block.input).toEqual({
      host: ["203.0.113.10", "203.0.113.20"][deviceId],
      port: 443,
      protocol: "https",
      data_interface: "ethernet1/1",
      model_subinterfaces: "ethernet1/1.100,ethernet1/1.200",
    });
    const plainCommit =
      'node "$MVE_HA_CLI_BUNDLE" commit --host "$MVE_HA_HOST" --port "$MVE_HA_PORT" --protocol "$MVE_HA_PROTOCOL" --insecure --timeout 1200';
    // The stack's commit may defer to a removal commit (see test/panos/commit-deferral-options.test.ts).
    expect(localExec(block, 0).command).toBe(
      `${plainCommit} --data-interface "$MVE_HA_DATA_INTERFACE" --model-subinterfaces "$MVE_HA_MODEL_SUBINTERFACES"`,
    );
    expect(block.triggers_replace).toEqual({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      configuration: expect.stringMatching(/^\$\{sha256\(jsonencode\(data\.panos_zone\.firewall_commit-witness_zone_/),
    });
    const onDestroy = template.blockAt("terraform_data.firewall_commit-on-destroy_F3C88ED6");
    expect(localExec(onDestroy, 0)).toMatchObject({ when: "destroy", command: plainCommit });
    expect(onDestroy.triggers_replace).toBeUndefined();
    const onRemoval = template.blockAt("terraform_data.firewall_commit-on-removal_DBCFCC84");
    // Keyed by subinterface: a changed VLAN drops the old key, whose destroy commits the deletion.
    expect(onRemoval.for_each).toBe('${toset(["ethernet1/1.100", "ethernet1/1.200"])}');
    expect(localExec(onRemoval, 0)).toMatchObject({ when: "destroy", command: plainCommit });
  });
});

describe("firewall stack options", () => {
  test("a CA file replaces --insecure and travels in an environment variable", () => {
    const base = firewallProps(0);
    const { firewall, template } = synth({ ...base, api: { host: "203.0.113.10", caFile: "/etc/mve/ca.pem" } });
    const block = template.block(firewall.commit);
    expect(block.input).toMatchObject({ ca_file: "/etc/mve/ca.pem" });
    expect(localExec(block, 0)).toMatchObject({
      command: expect.stringContaining('--ca-file "$MVE_HA_CA_FILE" --timeout 1200'),
      environment: expect.objectContaining({ MVE_HA_CA_FILE: "${self.input.ca_file}" }),
    });
    expect(localExec(block, 0).command).not.toContain("--insecure");
    expect(template.json.provider?.panos).toEqual([
      { hostname: "203.0.113.10", port: 443, protocol: "https", skip_verify_certificate: false },
    ]);
  });

  test("a custom CLI and timeouts reach every command", () => {
    const base = firewallProps(0);
    const { template } = synth({
      ...base,
      cli: "/opt/mve-ha/bin/mve-ha",
      api: { ...base.api, timeouts: { applySeconds: 30, commitSeconds: 90 } },
    });
    const commands = Object.values(template.resources("terraform_data")).flatMap((b) =>
      ((b.provisioner ?? []) as Record<string, { command: string }>[]).map((p) => p["local-exec"].command),
    );
    expect(commands.every((c) => c.startsWith("/opt/mve-ha/bin/mve-ha "))).toBe(true);
    expect(commands.filter((c) => c.includes(" apply ")).every((c) => c.includes("--timeout 30 "))).toBe(true);
    const commits = commands.filter((c) => c.includes(" commit "));
    expect(commits.length).toBeGreaterThanOrEqual(3);
    expect(commits.every((c) => / --timeout 90( |$)/.test(c))).toBe(true);
  });

  test("without the security rule nothing touches the rulebase", () => {
    const { template } = synth({ ...firewallProps(0), securityRule: { enabled: false } });
    expect(template.resources("panos_security_policy_rules")).toEqual({});
  });

  test("custom object names reach the resources and the HA path group", () => {
    const names = { virtualRouter: "vr-megaport", zone: "clouds", managementProfile: "ping-only", bfdProfile: "fast" };
    const { firewall, template } = synth({ ...firewallProps(0), names });
    expect(named(template, "panos_virtual_router", "vr-megaport")).toBeDefined();
    expect(named(template, "panos_zone", "clouds")).toBeDefined();
    expect(named(template, "panos_ethernet_layer3_subinterface", "ethernet1/1.100").interface_management_profile).toBe(
      "ping-only",
    );
    expect(firewall.highAvailability.spec.operations[0].element).toContain('<entry name="vr-megaport">');
  });
});
