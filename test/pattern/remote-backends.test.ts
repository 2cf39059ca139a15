/**
 * Remote backends through the `backend` prop, as the README shows them: given an S3 backend or HCP
 * Terraform (CloudBackend), when the pair is synthesized, then each stack keeps its state there
 * under its own key or workspace, and the firewall stacks read the network stack's outputs from
 * that same place, not from a local file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { App, CloudBackend, NamedCloudWorkspace, S3Backend, type TerraformStack } from "cdktf";
import { PaloAltoHaPair, type PaloAltoHaPairProps } from "../../lib/pattern";
import { readOutput, STACKS, temporaryDirectory, type SynthOutput } from "../example/synth";
import { pairProps } from "./fixtures";

function synthWith(backend: PaloAltoHaPairProps["backend"]): SynthOutput {
  const outdir = path.join(temporaryDirectory("remote-backend"), "cdktf.out");
  const app = new App({ outdir });
  new PaloAltoHaPair(app, "syd", pairProps({ backend }));
  app.synth();
  try {
    return readOutput(outdir);
  } finally {
    fs.rmSync(path.dirname(outdir), { recursive: true, force: true });
  }
}

/** The one remote-state read of a firewall stack. */
function remoteRead(output: SynthOutput, name: "firewall-0" | "firewall-1") {
  const reads = Object.values(output.stacks[name].data.terraform_remote_state) as {
    backend: string;
    config: Record<string, unknown>;
  }[];
  expect(reads).toHaveLength(1);
  return reads[0];
}

describe("an S3 backend", () => {
  const output = synthWith(
    (stack: TerraformStack, name: string) =>
      new S3Backend(stack, {
        bucket: "acme-terraform-state",
        key: `panos-ha/${name}.tfstate`,
        region: "ap-southeast-2",
        encrypt: true,
      }),
  );

  test.each(STACKS)("stack %s keeps its state under its own key", (name) => {
    expect(output.stacks[name].terraform.backend).toEqual({
      s3: { bucket: "acme-terraform-state", key: `panos-ha/${name}.tfstate`, region: "ap-southeast-2", encrypt: true },
    });
  });

  test.each(["firewall-0", "firewall-1"] as const)("%s reads the network state from the bucket", (name) => {
    const read = remoteRead(output, name);
    expect(read.backend).toBe("s3");
    expect(read.config).toMatchObject({
      bucket: "acme-terraform-state",
      key: "panos-ha/network.tfstate",
      region: "ap-southeast-2",
    });
  });
});

describe("HCP Terraform (CloudBackend)", () => {
  const output = synthWith(
    (stack: TerraformStack, name: string) =>
      new CloudBackend(stack, { organization: "acme", workspaces: new NamedCloudWorkspace(`panos-ha-${name}`) }),
  );

  test.each(STACKS)("stack %s uses its own workspace", (name) => {
    expect(output.stacks[name].terraform.cloud).toEqual({
      organization: "acme",
      workspaces: { name: `panos-ha-${name}` },
    });
    expect(output.stacks[name].terraform.backend).toBeUndefined();
  });

  test.each(["firewall-0", "firewall-1"] as const)("%s reads the network workspace's outputs", (name) => {
    const read = remoteRead(output, name);
    expect(read.backend).toBe("remote");
    expect(read.config).toMatchObject({ organization: "acme", workspaces: { name: "panos-ha-network" } });
  });

  test("no stack falls back to a local state file", () => {
    for (const name of STACKS) expect(output.texts[name]).not.toContain(".tfstate");
  });
});
