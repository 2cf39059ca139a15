/** The offline command's checks that need no Terraform: its command line, refusals and stack rules. */
import * as fs from "node:fs";
import * as path from "node:path";
import { pinnedProviders } from "../../tools/bindings/providers";
import { chdirArgument, OfflineUsageError, parseCommandLine, subcommandOf } from "../../tools/tf/command-line";
import { foreignProviders, refusedArguments, refusedEnvironment } from "../../tools/tf/offline-guards";
import { configurationProblems } from "../../tools/tf/stack-check";
import { scratchDir } from "./support";

const PROVIDERS = pinnedProviders(path.resolve(__dirname, "../.."));

describe("the offline command line", () => {
  test("options before --, Terraform's arguments after it", () => {
    expect(parseCommandLine(["--fixture", "f.json", "--", "-chdir=a/b", "plan"])).toEqual({
      help: false,
      fixture: "f.json",
      reattach: true,
      terraformArgs: ["-chdir=a/b", "plan"],
    });
    expect(parseCommandLine(["--fixture=f.json", "--", "--help"]).terraformArgs).toEqual(["--help"]);
    expect(parseCommandLine(["--no-reattach", "--", "plan"])).toEqual({
      help: false,
      fixture: undefined,
      reattach: false,
      terraformArgs: ["plan"],
    });
  });

  test("without --, the first argument that is not ours starts Terraform's (npm run tf -- -chdir=… plan)", () => {
    const line = parseCommandLine(["-chdir=cdktf.out/stacks/network", "plan", "--fixture", "x"]);
    expect(line.fixture).toBeUndefined();
    expect(line.terraformArgs).toEqual(["-chdir=cdktf.out/stacks/network", "plan", "--fixture", "x"]);
    expect(chdirArgument(line.terraformArgs)).toBe("cdktf.out/stacks/network");
    expect(subcommandOf(line.terraformArgs)).toBe("plan");
  });

  test("an unknown option or a --fixture without a file is a usage error", () => {
    expect(() => parseCommandLine(["--fixtures", "x", "--", "plan"])).toThrow(OfflineUsageError);
    expect(() => parseCommandLine(["--fixture"])).toThrow("--fixture needs a file name");
  });
});

describe("refusals", () => {
  test("flags that install other providers or move state, in either spelling", () => {
    expect(refusedArguments(["plan", "--plugin-dir", "/x"], "here")).toEqual([
      "here: -plugin-dir is refused: it installs providers from another directory (only the offline providers may run)",
    ]);
    const refused = refusedArguments(["-state=a", "-state-out=b", "-backup=c", "-backend-config=path=/d"], "cl");
    expect(refused.map((line) => line.split(" is refused")[0])).toEqual([
      "cl: -state",
      "cl: -state-out",
      "cl: -backup",
      "cl: -backend-config",
    ]);
    expect(refusedArguments(["apply", "-backup=-", "-lock=false", "-var=state=x", "state", "list"], "cl")).toEqual([]);
  });

  test("the environment: TF_REATTACH_PROVIDERS, and refused flags in any TF_CLI_ARGS variable", () => {
    expect(refusedEnvironment({ TF_CLI_ARGS: "-no-color", TF_CLI_ARGS_plan: "-parallelism=2" })).toEqual([]);
    expect(refusedEnvironment({ TF_CLI_ARGS_apply: "-no-color  -state-out=x" })).toEqual([
      "TF_CLI_ARGS_apply: -state-out is refused: it writes state away from where the stack's backend says",
    ]);
    expect(refusedEnvironment({ TF_REATTACH_PROVIDERS: "{}" })[0]).toMatch(/^TF_REATTACH_PROVIDERS is set/);
  });

  test("an installed provider that is not the mirror's offline wrapper is found", () => {
    const scratch = scratchDir("foreign-providers");
    try {
      const dir = path.join(scratch.dir, "providers/registry.terraform.io/megaport/megaport/1.13.1/linux_amd64");
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "terraform-provider-megaport_v1.13.1"), "#!/bin/sh\n# Offline stand-in for x\n");
      expect(foreignProviders(scratch.dir)).toEqual([]);
      fs.writeFileSync(path.join(dir, "terraform-provider-megaport_v1.13.1"), "\x7fELF real provider");
      expect(foreignProviders(scratch.dir)).toEqual([
        "providers/registry.terraform.io/megaport/megaport/1.13.1/linux_amd64/terraform-provider-megaport_v1.13.1",
      ]);
    } finally {
      scratch.remove();
    }
  });
});

describe("stack rules", () => {
  const ours = {
    terraform: {
      backend: { local: { path: "../../../terraform.network.tfstate" } },
      required_providers: { megaport: { source: "megaport/megaport", version: "=1.13.1" } },
    },
    resource: { megaport_mve: { a: {} }, terraform_data: { b: {} } },
    data: { terraform_remote_state: { net: { backend: "local" } } },
  };

  test("a stack of our constructs passes", () => {
    expect(configurationProblems(ours, PROVIDERS)).toEqual([]);
  });

  test("another version of a simulated provider is named with the version simulated", () => {
    const other = {
      ...ours,
      terraform: { required_providers: { megaport: { source: "megaport/megaport", version: "= 1.14.0" } } },
    };
    expect(configurationProblems(other, PROVIDERS)).toEqual([
      "it requires megaport/megaport 1.14.0; the offline check simulates version 1.13.1 (the version this package's constructs pin)",
    ]);
  });

  test("HCP Terraform and remote state read from a remote backend are refused", () => {
    const cloud = { ...ours, terraform: { ...ours.terraform, backend: undefined, cloud: { organization: "o" } } };
    const remoteRead = { ...ours, data: { terraform_remote_state: { net: { backend: "s3" } } } };
    expect(configurationProblems(cloud, PROVIDERS)[0]).toMatch(/^its state is in HCP Terraform/);
    expect(configurationProblems(remoteRead, PROVIDERS)[0]).toMatch(
      /^its remote state net is read from a "s3" backend/,
    );
  });
});
