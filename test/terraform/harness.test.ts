import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { prepareOfflineTerraform } from "../../tools/tf/harness";
import { refusal } from "../../tools/tf/mve-ha-shim";
import { terraformPlatform } from "../../tools/tf/mirror";
import { ensurePrivateDirectory } from "../../tools/tf/private-dir";
import { stackLevels } from "../../tools/tf/stacks";
import { fixtureFile, scratchDir } from "./support";

/** The harness pieces that need no terraform binary: env, mirror, CLI config, shim, stack order. */
describe("offline Terraform harness", () => {
  test("env: private CLI config with the mirror as the only source, telemetry off, shim first on PATH", async () => {
    const terraform = await prepareOfflineTerraform({ fixturesFile: fixtureFile("offline-fixtures.json") });
    try {
      const { env, privateDir } = terraform;
      expect(privateDir.startsWith(path.resolve(os.homedir()) + path.sep)).toBe(false);
      expect((fs.statSync(path.dirname(privateDir)).mode & 0o777).toString(8)).toBe("700");
      expect(env.CHECKPOINT_DISABLE).toBe("1");
      expect(env.TF_IN_AUTOMATION).toBe("1");
      expect(env.TF_DISABLE_PLUGIN_TLS).toBe("1");
      expect(env.OFFLINE_PROVIDER_FIXTURES).toBe(fixtureFile("offline-fixtures.json"));
      expect(env.PATH?.split(path.delimiter)[0]).toBe(path.join(privateDir, "bin"));
      const config = fs.readFileSync(env.TF_CLI_CONFIG_FILE!, "utf8");
      expect(config).toContain("filesystem_mirror");
      expect(config).toContain(
        'include = ["registry.terraform.io/megaport/megaport", "registry.terraform.io/paloaltonetworks/panos"]',
      );
      expect(config).not.toContain("direct");
      const mirror = /path\s+=\s+"([^"]+)"/.exec(config)![1];
      const wrapper = path.join(
        mirror,
        "registry.terraform.io/megaport/megaport/1.13.1",
        terraformPlatform(),
        "terraform-provider-megaport_v1.13.1",
      );
      expect(fs.statSync(wrapper).mode & 0o111).not.toBe(0);
      // Static bytes: the lock file hash never changes; no path of this machine or run inside.
      expect(fs.readFileSync(wrapper, "utf8")).not.toContain(privateDir);
      const byHand = spawnSync(wrapper, [], { env: { PATH: process.env.PATH }, encoding: "utf8" });
      expect(byHand.status).toBe(1);
      expect(byHand.stderr).toContain("run Terraform through 'npm run tf -- <arguments>'");
    } finally {
      await terraform.dispose();
    }
    expect(fs.existsSync(terraform.privateDir)).toBe(false);
  });

  test("a fixture file naming no known type is rejected before Terraform runs", async () => {
    const scratch = scratchDir("bad-fixture");
    try {
      const file = path.join(scratch.dir, "fixtures.json");
      fs.writeFileSync(file, JSON.stringify({ megaport_location: [{ set: { metro: "Sydney" } }] }));
      await expect(prepareOfflineTerraform({ fixturesFile: file })).rejects.toThrow(
        '"megaport_location" name no resource type (or data.<type> data source) of the pinned providers',
      );
    } finally {
      scratch.remove();
    }
  });

  test("the private directory is refused when others could write to it", () => {
    const scratch = scratchDir("private");
    try {
      const dir = path.join(scratch.dir, "open");
      fs.mkdirSync(dir, { mode: 0o777 });
      fs.chmodSync(dir, 0o777);
      expect(() => ensurePrivateDirectory(dir)).toThrow("must be a directory owned by you with mode 0700");
      expect(ensurePrivateDirectory(path.join(scratch.dir, "fresh"))).toBe(path.join(scratch.dir, "fresh"));
    } finally {
      scratch.remove();
    }
  });

  test.each([
    [["apply", "--host", "127.0.0.1"], undefined],
    [["apply", "--host=127.200.3.4", "--port", "443"], undefined],
    [["apply", "--host", "10.0.0.1"], '--host "10.0.0.1" is outside 127.0.0.0/8'],
    [["apply", "--host", "localhost"], '--host "localhost" is outside 127.0.0.0/8'],
    [["apply", "--host", "128.0.0.1"], '--host "128.0.0.1" is outside 127.0.0.0/8'],
    [["apply", "--host", "127.0.0.1", "--host", "192.0.2.1"], '--host "192.0.2.1" is outside 127.0.0.0/8'],
    [["apply", "--port", "443"], "no --host given, so the target cannot be checked"],
  ])("mve-ha shim target check %j → %s", (argv, expected) => {
    expect(refusal(argv)).toBe(expected);
  });

  test("mve-ha shim, record mode: one JSON line per run with variable names only; refusals exit 2", async () => {
    const terraform = await prepareOfflineTerraform();
    try {
      const env = { ...terraform.env, MVE_HA_HOST: "127.0.0.9", PANOS_PASSWORD: "do-not-log-me", OTHER: "x" };
      const ok = spawnSync("mve-ha", ["apply", "--host", "127.0.0.9", "--spec-env", "MVE_HA_SPEC"], {
        env,
        encoding: "utf8",
        cwd: os.tmpdir(),
      });
      expect(ok.status).toBe(0);
      expect(ok.stderr).toBe('mve-ha (offline harness shim): recorded "apply" (record mode: nothing was sent)\n');
      const refused = spawnSync("mve-ha", ["commit", "--host", "203.0.113.5"], { env, encoding: "utf8" });
      expect(refused.status).toBe(2);
      expect(refused.stderr.trim().split("\n")).toEqual([
        'mve-ha (offline harness shim): REFUSED: --host "203.0.113.5" is outside 127.0.0.0/8; only loopback targets may be used here',
      ]);
      const log = fs.readFileSync(terraform.cliLog, "utf8");
      expect(log).not.toContain("do-not-log-me");
      const lines = log
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(lines).toEqual([
        {
          argv: ["apply", "--host", "127.0.0.9", "--spec-env", "MVE_HA_SPEC"],
          cwd: fs.realpathSync(os.tmpdir()),
          envNames: ["MVE_HA_HOST", "MVE_HA_LOOPBACK_ONLY", "PANOS_PASSWORD"],
        },
        expect.objectContaining({
          argv: ["commit", "--host", "203.0.113.5"],
          refused: '--host "203.0.113.5" is outside 127.0.0.0/8',
        }),
      ]);
    } finally {
      await terraform.dispose();
    }
  });

  test("mve-ha shim, exec mode: runs the configured command with the same arguments and its exit code", async () => {
    const script = "process.stdout.write(JSON.stringify(process.argv.slice(1))); process.exit(3)";
    const terraform = await prepareOfflineTerraform({
      cli: { kind: "exec", command: [process.execPath, "-e", script, "--"] },
    });
    try {
      const run = spawnSync("mve-ha", ["wait-ready", "--host", "127.0.0.1"], { env: terraform.env, encoding: "utf8" });
      expect(run.status).toBe(3);
      expect(JSON.parse(run.stdout)).toEqual(["wait-ready", "--host", "127.0.0.1"]);
      const blocked = spawnSync("mve-ha", ["wait-ready", "--host", "8.8.8.8"], {
        env: terraform.env,
        encoding: "utf8",
      });
      expect(blocked.status).toBe(2);
      expect(blocked.stdout).toBe("");
    } finally {
      await terraform.dispose();
    }
  });

  test("stacks come in dependency levels from manifest.json; a cycle is an error", () => {
    const scratch = scratchDir("manifest");
    try {
      const write = (stacks: Record<string, string[]>) =>
        fs.writeFileSync(
          path.join(scratch.dir, "manifest.json"),
          JSON.stringify({
            stacks: Object.fromEntries(
              Object.entries(stacks).map(([name, dependencies]) => [
                name,
                { name, workingDirectory: `stacks/${name}`, dependencies },
              ]),
            ),
          }),
        );
      write({
        "firewall-1": ["network"],
        network: [],
        "firewall-0": ["network"],
        verify: ["firewall-0", "firewall-1"],
      });
      const levels = stackLevels(scratch.dir);
      expect(levels.map((level) => level.map((stack) => stack.name))).toEqual([
        ["network"],
        ["firewall-0", "firewall-1"],
        ["verify"],
      ]);
      expect(levels[0][0].workingDirectory).toBe(path.join(scratch.dir, "stacks/network"));
      write({ a: ["b"], b: ["a"] });
      expect(() => stackLevels(scratch.dir)).toThrow("stacks a, b depend on each other or on missing stacks");
    } finally {
      scratch.remove();
    }
  });
});
