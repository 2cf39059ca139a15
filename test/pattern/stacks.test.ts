/**
 * Given one or more pairs in an app, when synthesized, then each pair is three stacks named
 * `<prefix>network`, `<prefix>firewall-0`, `<prefix>firewall-1`, the firewall stacks depend on
 * the network stack, and stack names never collide.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LocalBackend, TerraformStack, Testing, type App } from "cdktf";
import { PaloAltoHaPair } from "../../lib/pattern";
import type { Json } from "../helpers/template";
import { pairProps, validationErrorOf } from "./fixtures";

interface ManifestStack {
  readonly name: string;
  readonly dependencies: string[];
  readonly synthesizedStackPath: string;
}

/** Synthesizes the app and returns its manifest's stacks by name. */
function synthesizedStacks(app: App): Record<string, ManifestStack> {
  app.synth();
  const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, "manifest.json"), "utf8"));
  return manifest.stacks;
}

function jsonOf(app: App, stack: ManifestStack): Json {
  return JSON.parse(fs.readFileSync(path.join(app.outdir, stack.synthesizedStackPath), "utf8"));
}

function providersOf(app: App, stack: ManifestStack): string[] {
  return Object.keys(jsonOf(app, stack).provider ?? {});
}

describe("the stacks of a pair", () => {
  test("without a prefix: network, firewall-0 and firewall-1; the firewalls depend on the network", () => {
    const app = Testing.app();
    const backends: string[] = [];
    const pair = new PaloAltoHaPair(
      app,
      "guide",
      pairProps({
        backend: (stack, name) => {
          backends.push(`${stack.node.id}=${name}`);
          new LocalBackend(stack, { path: `/state/${name}.tfstate` });
        },
      }),
    );
    expect([pair.networkStack, ...pair.firewallStacks].map((s) => s.node.id)).toEqual([
      "network",
      "firewall-0",
      "firewall-1",
    ]);
    expect(backends).toEqual(["network=network", "firewall-0=firewall-0", "firewall-1=firewall-1"]);
    const stacks = synthesizedStacks(app);
    expect(Object.keys(stacks).sort()).toEqual(["firewall-0", "firewall-1", "network"]);
    expect(stacks.network.dependencies).toEqual([]);
    expect(stacks["firewall-0"].dependencies).toEqual(["guide/network"]);
    expect(stacks["firewall-1"].dependencies).toEqual(["guide/network"]);
    expect(providersOf(app, stacks.network)).toEqual(["megaport"]);
    expect(providersOf(app, stacks["firewall-0"])).toEqual(["panos"]);
    expect(providersOf(app, stacks["firewall-1"])).toEqual(["panos"]);
    // Each stack keeps its state where the backend callback says; the firewalls read the network's from there.
    expect(jsonOf(app, stacks["firewall-1"]).terraform.backend).toEqual({
      local: { path: "/state/firewall-1.tfstate" },
    });
    expect(Object.values(jsonOf(app, stacks["firewall-0"]).data.terraform_remote_state)).toEqual([
      expect.objectContaining({ backend: "local", config: { path: "/state/network.tfstate" } }),
    ]);
  });

  test("with stackPrefix, each name starts with it: two pairs live in one app, each with its own MVEs", () => {
    const app = Testing.app();
    new PaloAltoHaPair(app, "syd", pairProps({ stackPrefix: "syd-" }));
    new PaloAltoHaPair(app, "mel", pairProps({ stackPrefix: "mel-" }));
    const stacks = synthesizedStacks(app);
    expect(Object.keys(stacks).sort()).toEqual([
      "mel-firewall-0",
      "mel-firewall-1",
      "mel-network",
      "syd-firewall-0",
      "syd-firewall-1",
      "syd-network",
    ]);
    const names = (stack: string) =>
      Object.values(jsonOf(app, stacks[stack]).resource.megaport_mve as Record<string, { product_name: string }>).map(
        (m) => m.product_name,
      );
    expect(names("syd-network")).toEqual(["syd-fw-0", "syd-fw-1"]);
    expect(names("mel-network")).toEqual(["mel-fw-0", "mel-fw-1"]);
    expect(stacks["mel-firewall-0"].dependencies).toEqual(["mel/mel-network"]);
    expect(stacks["syd-firewall-1"].dependencies).toEqual(["syd/syd-network"]);
  });

  test("a second pair without its own prefix is refused, naming stackPrefix, the stacks and their owner", () => {
    const app = Testing.app();
    new PaloAltoHaPair(app, "syd", pairProps());
    const error = validationErrorOf(() => new PaloAltoHaPair(app, "mel", pairProps()));
    expect(error.issues.map((i) => [i.path, i.prop, i.value])).toEqual([
      ["mel", "stackPrefix", ""],
      ["mel", "stackPrefix", ""],
      ["mel", "stackPrefix", ""],
    ]);
    expect(error.message).toBe(
      [
        "3 problems:",
        '  mel: stackPrefix = "": gives the stack name network, already used by syd/network. Allowed: stack names unique in the app. Fix: give each pair of the app its own stackPrefix, e.g. syd-.',
        '  mel: stackPrefix = "": gives the stack name firewall-0, already used by syd/firewall-0. Allowed: stack names unique in the app. Fix: give each pair of the app its own stackPrefix, e.g. syd-.',
        '  mel: stackPrefix = "": gives the stack name firewall-1, already used by syd/firewall-1. Allowed: stack names unique in the app. Fix: give each pair of the app its own stackPrefix, e.g. syd-.',
      ].join("\n"),
    );
  });

  test("a pair is refused when a stack of the app already has one of its names", () => {
    const app = Testing.app();
    new TerraformStack(app, "syd-network");
    const error = validationErrorOf(() => new PaloAltoHaPair(app, "syd", pairProps({ stackPrefix: "syd-" })));
    expect(error.message).toBe(
      'syd: stackPrefix = "syd-": gives the stack name syd-network, already used by syd-network. Allowed: stack names unique in the app. Fix: give each pair of the app its own stackPrefix, e.g. syd-.',
    );
  });
});
