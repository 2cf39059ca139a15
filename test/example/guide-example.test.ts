/**
 * The guide's example (main.ts's app, built with `guideExample`): it synthesizes its three stacks
 * with no credentials anywhere, says what the guide says (AWS on VLAN 100 and Azure on VLAN 200
 * on both MVEs, HA3 at 10 Gbps, ...), holds no secret, and matches its snapshots; `npm run synth`
 * writes the same.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { cliBundlePath } from "../../lib/core/cli-bundle-location";
import { leavesOf } from "../panos/xml-leaves";
import type { Json } from "../helpers/template";
import {
  STACKS,
  isCredentialVariable,
  readOutput,
  synthExample,
  temporaryDirectory,
  isCarriedCliBundle,
  withCredentialEnvironment,
  withoutBundleHash,
  withoutWorkingDirectory,
  type SynthOutput,
} from "./synth";

const CREDENTIALS = {
  TF_VAR_admin_password_hash: "$5$sentinelSalt$SENTINELhashSENTINELhashSENTINELhashSENTINELha",
  TF_VAR_azure_service_key: "sentinel-azure-service-key",
  TF_VAR_aws_account_id: "999988887777",
  TF_VAR_ssh_public_key: "ssh-rsa AAAAsentinel example",
  PANOS_USERNAME: "sentinel-user",
  PANOS_PASSWORD: "sentinel-Pa55word!",
  PANOS_API_KEY: "sentinel-api-key",
  MEGAPORT_ACCESS_KEY: "sentinel-access-key",
  MEGAPORT_SECRET_KEY: "sentinel-secret-key",
};

const REPO_ROOT = path.resolve(__dirname, "..", "..");

const byPrefix = (blocks: Record<string, Json>, prefix: string): Json => {
  const found = Object.entries(blocks).filter(([id]) => id.startsWith(prefix));
  expect(found).toHaveLength(1);
  return found[0][1];
};

describe("the guide's example", () => {
  let root: string;
  let bare: SynthOutput;
  let withCredentials: SynthOutput;

  beforeAll(() => {
    root = temporaryDirectory("guide-example");
    bare = withCredentialEnvironment({}, () => synthExample(path.join(root, "bare")));
    withCredentials = withCredentialEnvironment(CREDENTIALS, () => synthExample(path.join(root, "credentials")));
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test("synthesizes three stacks with no credentials: network, then firewall-0 and firewall-1", () => {
    expect(Object.keys(bare.manifest.stacks).sort()).toEqual(["firewall-0", "firewall-1", "network"]);
    expect(bare.manifest.stacks["firewall-0"].dependencies).toEqual(["guide/network"]);
    expect(bare.manifest.stacks["firewall-1"].dependencies).toEqual(["guide/network"]);
    expect(bare.manifest.stacks.network.dependencies).toEqual([]);
  });

  test.each(STACKS)("stack %s matches its snapshot", (name) => {
    const stack = bare.stacks[name];
    // What the snapshot shows changed with self-contained stacks, asserted on its own.
    expect(stack.terraform.backend).toEqual({ local: { path: `../../../terraform.${name}.tfstate` } });
    const commands = Object.values(stack.resource.terraform_data as Record<string, Json>).flatMap((block) =>
      ((block.provisioner ?? []) as Json[]).map((p) => p["local-exec"].command as string),
    );
    expect(commands.every((command) => command.startsWith('node "$MVE_HA_CLI_BUNDLE" '))).toBe(true);
    expect(withoutWorkingDirectory(withoutBundleHash(bare.texts[name]))).toMatchSnapshot();
  });

  test("holds no secret: nothing shaped like one, and credentials in the environment change nothing", () => {
    // The CLI each stack carries is the package's own bundle, byte for byte: nothing of the synthesis is in it.
    const bundles = bare.files.filter(({ file }) => isCarriedCliBundle(file));
    expect(bundles).toHaveLength(STACKS.length);
    for (const { file } of bundles) expect(fs.readFileSync(file).equals(fs.readFileSync(cliBundlePath()))).toBe(true);
    for (const { file, text } of bare.files.filter(({ file }) => !isCarriedCliBundle(file))) {
      expect({ file, hashes: text.match(/\$5\$/g) }).toEqual({ file, hashes: null });
      expect({ file, keys: text.match(/ssh-(rsa|ed25519) AAAA|-----BEGIN/g) }).toEqual({ file, keys: null });
      expect({ file, accounts: text.match(/\b\d{12}\b/g) }).toEqual({ file, accounts: null });
    }
    STACKS.forEach((name) => expect(withCredentials.texts[name]).toBe(bare.texts[name]));
    for (const { text } of withCredentials.files) {
      for (const value of Object.values(CREDENTIALS)) expect(text).not.toContain(value);
    }
  });

  test("asks for its secrets as variables of the network stack, the secret ones sensitive", () => {
    const variables = bare.stacks.network.variable;
    expect(
      Object.fromEntries(Object.entries(variables).map(([name, v]: [string, Json]) => [name, v.sensitive])),
    ).toEqual({ admin_password_hash: true, azure_service_key: true, aws_account_id: false, ssh_public_key: false });
    expect(bare.stacks["firewall-0"].variable).toBeUndefined();
    expect(bare.stacks["firewall-1"].variable).toBeUndefined();
  });

  test("two MEDIUM MVEs running PAN-OS 10.2.9-h1, in locations 3 and 4 of one metro, zones red and blue", () => {
    const network = bare.stacks.network;
    const mves = Object.values(network.resource.megaport_mve) as Json[];
    expect(mves.map((m) => [m.product_name, m.location_id, m.diversity_zone, m.vendor_config.product_size])).toEqual([
      ["guide-fw-0", 3, "red", "MEDIUM"],
      ["guide-fw-1", 4, "blue", "MEDIUM"],
    ]);
    for (const m of mves) expect(m.vnics).toHaveLength(5);
    for (const lookup of Object.values(network.data.megaport_mve_images) as Json[]) {
      expect(lookup.version_filter).toBe("10.2.9-h1");
    }
  });

  test("HA1 and HA2 at 1 Gbps, HA3 at 10 Gbps, all untagged between the same vNICs", () => {
    const vxcs = bare.stacks.network.resource.megaport_vxc;
    const links = ["ha1_", "ha2_", "ha3_"].map((p) => byPrefix(vxcs, p));
    expect(links.map((l) => [l.rate_limit, l.a_end.vnic_index, l.a_end.inner_vlan, l.b_end.vnic_index])).toEqual([
      [1000, 2, -1, 2],
      [1000, 3, -1, 3],
      [10000, 4, -1, 4],
    ]);
    for (const link of links) expect(link.b_end.inner_vlan).toBe(-1);
  });

  test("AWS on VLAN 100 and Azure on VLAN 200, on the data vNIC of both MVEs", () => {
    const network = bare.stacks.network;
    const mveUid = (i: number) =>
      `\${megaport_mve.${Object.keys(network.resource.megaport_mve).find((id) => id.startsWith(`mve-${i}_`))}.product_uid}`;
    for (const [name, vlan] of [
      ["aws", 100],
      ["azure", 200],
    ] as const) {
      [0, 1].forEach((i) => {
        const attachment = byPrefix(network.resource.megaport_vxc, `${name}-${i}_`);
        expect(attachment.a_end).toEqual({ requested_product_uid: mveUid(i), vnic_index: 1, inner_vlan: vlan });
      });
    }
  });

  test("each firewall peers with AWS (64512) and Azure (12076) from ASN 65010, with BFD", () => {
    (["firewall-0", "firewall-1"] as const).forEach((name) => {
      const firewall = bare.stacks[name];
      const bgp = (Object.values(firewall.resource.panos_virtual_router) as Json[])[0].protocol.bgp;
      expect(bgp.local_as).toBe("65010");
      expect(bgp.peer_group.map((g: Json) => [g.name, g.peer[0].peer_as, g.peer[0].bfd.profile])).toEqual([
        ["aws", "64512", "bgp-bfd"],
        ["azure", "12076", "bgp-bfd"],
      ]);
      const subinterfaces = Object.values(firewall.resource.panos_ethernet_layer3_subinterface) as Json[];
      expect(subinterfaces.map((s) => s.tag)).toEqual([100, 200]);
    });
  });

  test("Active/Active with device IDs 0 and 1; the firewalls skip certificate checks until a CA is installed", () => {
    (["firewall-0", "firewall-1"] as const).forEach((name, i) => {
      const firewall = bare.stacks[name];
      const ha = byPrefix(firewall.resource.terraform_data, "firewall_high-availability_");
      expect(leavesOf(ha.input.spec.operations[0].element)).toContain(
        `high-availability/group/mode/active-active/device-id=${i}`,
      );
      expect(firewall.provider.panos[0].skip_verify_certificate).toBe(true);
    });
    expect(bare.stacks.network.output["verify-command"].value).toBe("mve-ha verify --outputs outputs.json --insecure");
  });

  test("prepares each firewall with DNS 1.1.1.1 and 8.8.8.8", () => {
    [0, 1].forEach((i) => {
      const preparation = byPrefix(bare.stacks.network.resource.terraform_data, `prepare-${i}_`);
      const leaves = preparation.input.spec.operations.flatMap((op: Json) => leavesOf(op.element));
      expect(leaves).toEqual(expect.arrayContaining(["servers/primary=1.1.1.1", "servers/secondary=8.8.8.8"]));
    });
  });

  test("`npm run synth` (cdktf-cli on main.ts) writes the same stacks, with no credentials", async () => {
    const outdir = path.join(root, "npm-run-synth");
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name, value]) => value !== undefined && !isCredentialVariable(name)),
    );
    const run = await promisify(execFile)("npm", ["run", "synth", "--", "--output", outdir], {
      cwd: REPO_ROOT,
      env: { ...env, CHECKPOINT_DISABLE: "1", CI: "1" },
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(run.stdout).toContain(
      "Generated Terraform code for the stacks: firewall-0, firewall-1, network, prod-firewall-0, prod-firewall-1, prod-network",
    );
    const cli = readOutput(outdir);
    // main.ts also holds the production example, in its own prod-* stacks.
    const production = ["prod-firewall-0", "prod-firewall-1", "prod-network"];
    expect(Object.keys(cli.manifest.stacks).sort()).toEqual([...STACKS, ...production].sort());
    for (const name of STACKS) {
      expect(withoutWorkingDirectory(cli.texts[name], REPO_ROOT)).toEqual(withoutWorkingDirectory(bare.texts[name]));
    }
  }, 150_000);
});

describe("the example's options", () => {
  let root: string;
  let custom: SynthOutput;

  beforeAll(() => {
    root = temporaryDirectory("guide-example-options");
    custom = synthExample(path.join(root, "out"), {
      stateDirectory: path.join(root, "state"),
      managementApi: { port: 8443 },
      ha3RateLimitMbps: 2000,
      amazonAsn: 64600,
    });
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test("state files go to the state directory, where the firewall stacks read the network's outputs", () => {
    const state = path.join(root, "state");
    expect(custom.stacks.network.terraform.backend).toEqual({
      local: { path: path.join(state, "terraform.network.tfstate") },
    });
    expect(custom.stacks["firewall-1"].terraform.backend.local.path).toBe(
      path.join(state, "terraform.firewall-1.tfstate"),
    );
    const remote = Object.values(custom.stacks["firewall-0"].data.terraform_remote_state) as Json[];
    expect(remote.map((r) => r.config.path)).toEqual([path.join(state, "terraform.network.tfstate")]);
  });

  test("HA3 bandwidth, the Amazon ASN and the management API follow the options", () => {
    const vxcs = custom.stacks.network.resource.megaport_vxc;
    expect(byPrefix(vxcs, "ha3_").rate_limit).toBe(2000);
    expect(byPrefix(vxcs, "aws-0_").b_end_partner_config.aws_config.amazon_asn).toBe(64600);
    expect(custom.stacks["firewall-0"].provider.panos[0]).toEqual(
      expect.objectContaining({ port: 8443, protocol: "https" }),
    );
    expect(custom.stacks["firewall-0"].provider.panos[0].skip_verify_certificate).toBe(false);
    expect(custom.stacks.network.output["verify-command"].value).toMatch(/ --port 8443$/);
  });
});
