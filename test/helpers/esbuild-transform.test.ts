/**
 * The suite's TypeScript transform (test/helpers/esbuild-transform.js) must compile as ts-jest did
 * with tsconfig.jest.json: CommonJS, `import()` as a require (Jest's VM gives no dynamic-import
 * hook), class fields defined (ES2022), and a file that calls `jest.mock` left to ts-jest, which
 * hoists the mock above the imports. The mock path is exercised by the suites that mock modules
 * (test/cli/verify.test.ts, test/simulator/operational-context.test.ts).
 */
import * as vm from "node:vm";

interface Transformer {
  process(source: string, filename: string, options: unknown): { code: string };
  getCacheKey(source: string, filename: string, options: unknown): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the transform is a CommonJS module Jest loads by path
const transformer = require("./esbuild-transform.js") as Transformer;

const OPTIONS = { configString: "{}", transformerConfig: {} };

/** Runs compiled CommonJS code with `require` answering from `modules`; returns its exports. */
function run(code: string, modules: Record<string, unknown> = {}): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string) => {
    if (!(name in modules)) throw new Error(`unexpected require of ${name}`);
    return modules[name];
  };
  vm.runInNewContext(`(function (exports, require, module) {${code}\n})`, { Promise })(module.exports, require, module);
  return module.exports;
}

describe("the esbuild transform", () => {
  test("types are stripped and the output is CommonJS", () => {
    const { code } = transformer.process(
      "import { value } from './dep';\nexport const doubled: number = (value as number) * 2;\n",
      "/x/a.ts",
      OPTIONS,
    );
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(run(code, { "./dep": { value: 21 } }).doubled).toBe(42);
  });

  test("a dynamic import() becomes a require, as tsc compiles it for module commonjs", async () => {
    const { code } = transformer.process(
      "export async function load() { const m = await import('dep'); return m.value; }\n",
      "/x/b.ts",
      OPTIONS,
    );
    expect(code).not.toMatch(/\bimport\s*\(/);
    const load = run(code, { dep: { value: "loaded" } }).load as () => Promise<string>;
    await expect(load()).resolves.toBe("loaded");
  });

  test("class fields are defined (ES2022), so a field shadows an accessor of the base class", () => {
    const { code } = transformer.process(
      [
        "class Base { get name(): string { return 'base'; } set name(_v: string) { throw new Error('setter ran'); } }",
        "export class Derived extends Base { declare other: string; name = 'derived' as unknown as string; }",
      ].join("\n"),
      "/x/c.ts",
      OPTIONS,
    );
    const Derived = run(code).Derived as new () => { name: string };
    expect(new Derived().name).toBe("derived");
  });

  test("the cache key changes with the source, the file and the Jest configuration", () => {
    const plain = transformer.getCacheKey("export const a = 1;\n", "/x/d.ts", OPTIONS);
    expect(transformer.getCacheKey("export const a = 2;\n", "/x/d.ts", OPTIONS)).not.toBe(plain);
    expect(transformer.getCacheKey("export const a = 1;\n", "/x/e.ts", OPTIONS)).not.toBe(plain);
    expect(transformer.getCacheKey("export const a = 1;\n", "/x/d.ts", { ...OPTIONS, configString: "{1}" })).not.toBe(
      plain,
    );
  });
});
