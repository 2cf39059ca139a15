/**
 * No machine paths in the JSON: given the default backend, when the guide's example is synthesized
 * into a temporary directory, then no file of the output (JSON, manifest, assets) names the
 * repository's or the output's absolute path, and each stack's state and the firewall stacks'
 * reads of the network state name one file beside the output directory, by a relative path.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { STACKS, synthExample, temporaryDirectory } from "../example/synth";

const REPO = path.resolve(__dirname, "../..");

describe("the default local backend", () => {
  const outdir = path.join(temporaryDirectory("machine-paths"), "cdktf.out");
  const output = synthExample(outdir);
  afterAll(() => fs.rmSync(path.dirname(outdir), { recursive: true, force: true }));

  test("no synthesized file names the repository, the working directory or the output directory", () => {
    expect(output.files.length).toBeGreaterThan(STACKS.length);
    const needles = [REPO, process.cwd(), path.dirname(outdir), fs.realpathSync(path.dirname(outdir))];
    const found = output.files.flatMap(({ file, text }) =>
      needles.filter((needle) => text.includes(needle)).map((needle) => `${path.relative(outdir, file)}: ${needle}`),
    );
    expect(found).toEqual([]);
  });

  test.each(STACKS)("stack %s keeps its state in terraform.<stack>.tfstate beside the output directory", (name) => {
    const local = output.stacks[name].terraform.backend.local;
    expect(local.path).toBe(`../../../terraform.${name}.tfstate`);
    const stackDir = path.join(outdir, "stacks", name);
    expect(path.resolve(stackDir, local.path)).toBe(path.join(path.dirname(outdir), `terraform.${name}.tfstate`));
  });

  test.each(["firewall-0", "firewall-1"] as const)(
    "%s reads the network stack's state where the network stack writes it",
    (name) => {
      const reads = Object.values(output.stacks[name].data.terraform_remote_state) as {
        backend: string;
        config: { path: string };
      }[];
      expect(reads.map((read) => read.backend)).toEqual(["local"]);
      const read = path.resolve(outdir, "stacks", name, reads[0].config.path);
      const written = path.resolve(outdir, "stacks", "network", output.stacks.network.terraform.backend.local.path);
      expect(read).toBe(written);
    },
  );
});
