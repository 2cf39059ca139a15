/**
 * Issue 9 item 7 with real Terraform: the injection example `-var 'dns=1.1.1.1</primary>…'`. A
 * DNS server given as `variable("dns")` reaches the device-settings XML only through the
 * precondition the pair synthesizes; Terraform itself evaluates that exact condition here with the
 * hostile value (and with a good one), so the plan fails before any markup could be written.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { variable } from "../../lib/pattern";
import { describeWithTerraform, scratchDir, terraformPath } from "../terraform/support";
import { pairProps, synthNetwork } from "./fixtures";

/** Evaluates an HCL expression with `var.dns` set, as Terraform does at plan time. */
function evaluate(expression: string, dns: string): string {
  const { dir, remove } = scratchDir("dns-injection");
  try {
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ variable: { dns: { type: "string" } } }));
    const run = spawnSync(terraformPath as string, ["console", "-var", `dns=${dns}`], {
      cwd: dir,
      input: `${expression}\n`,
      encoding: "utf8",
      env: { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" },
      timeout: 60_000,
    });
    if (run.status !== 0) throw new Error(`terraform console failed: ${run.stderr}`);
    return run.stdout.trim();
  } finally {
    remove();
  }
}

describeWithTerraform("a DNS server variable cannot carry markup into the device settings", () => {
  test("Terraform refuses the injection value and accepts an address, with the synthesized precondition", () => {
    const network = synthNetwork(pairProps({ management: { dnsServers: [variable("dns", { sensitive: false })] } }));
    const conditions = network
      .resourceList("terraform_data")
      .flatMap((r) => (r.lifecycle?.precondition ?? []) as { condition: string }[])
      .map((p) => p.condition)
      .filter((c) => c.includes("var.dns"));
    expect(conditions.length).toBe(2); // one per firewall's device preparation
    const expression = conditions[0].replace(/^\$\{([\s\S]*)\}$/, "$1");
    expect(evaluate(expression, "1.1.1.1</primary><evil>pwn</evil>")).toBe("false");
    expect(evaluate(expression, "1.1.1.1")).toBe("true");
  });
});
