/**
 * The benchmark's bare app must declare exactly what the example synthesizes (else its ratio
 * compares unlike things), with the bindings' own property names.
 */
import { App } from "cdktf";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { guideExample } from "../../examples/guide-example";
import { buildBareApp } from "../../bench/bare/build";
import { compareOutdirs } from "../../bench/bare/compare";
import { readBareApp, type BareStack } from "../../bench/bare/recipe";
import { ProviderSchemas } from "../../bench/bare/schema";

const ROOT = path.resolve(__dirname, "../..");
let scratch: string;
let exampleOut: string;
let recipe: BareStack[];

function synthesize(outdir: string, build: (app: App) => void): string {
  const app = new App({ outdir, skipValidation: true });
  build(app);
  app.synth();
  return outdir;
}

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-bare-test-"));
  exampleOut = synthesize(path.join(scratch, "example"), (app) => guideExample(app, { stateDirectory: scratch }));
  recipe = readBareApp(exampleOut, new ProviderSchemas(path.join(ROOT, "schemas")));
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

test("the bare app writes the example's Terraform JSON and manifest, metadata included", () => {
  const bareOut = synthesize(path.join(scratch, "bare"), (app) => buildBareApp(app, recipe));
  expect(compareOutdirs(exampleOut, bareOut)).toEqual({ stacks: 3, differences: [], terraformDifferences: [] });
});

test("it declares every resource through its binding, with the binding's property names", () => {
  const network = recipe.find((stack) => stack.name === "network");
  const mve = network?.elements.find((element) => element.type === "megaport_mve");
  expect(mve?.config).toMatchObject({ productName: "guide-fw-0", vendorConfig: { productSize: "MEDIUM" } });
  expect(mve?.config.lifecycle).toMatchObject({ preventDestroy: true });
  // terraform_data values are data: keys inside `input` stay as written.
  const preparation = network?.elements.find(
    (element) => element.type === "terraform_data" && element.id.includes("device-settings"),
  );
  expect(preparation).toBeDefined();
  expect(JSON.stringify(preparation?.config.input)).toContain('"requiresReboot"');
  const firewall = recipe.find((stack) => stack.name === "firewall-0");
  expect(firewall?.dependencies).toEqual(["guide/network"]);
  expect(firewall?.remoteStates).toHaveLength(1);
});

test("a bare app that declares something else is reported, path by path", () => {
  const altered = recipe.map((stack) => ({
    ...stack,
    elements: stack.elements.map((element) =>
      element.type === "megaport_mve" ? { ...element, config: { ...element.config, productName: "other" } } : element,
    ),
  }));
  const bareOut = synthesize(path.join(scratch, "altered"), (app) => buildBareApp(app, altered));
  const { terraformDifferences } = compareOutdirs(exampleOut, bareOut);
  expect(terraformDifferences).toContain("network.resource.megaport_mve.mve-0_mve_1F867A1A.product_name");
  expect(terraformDifferences).toHaveLength(2);
});
