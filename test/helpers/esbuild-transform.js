/**
 * Jest's TypeScript transform: esbuild transpiles each file (types stripped, nothing checked; `npm
 * test` type-checks once with tsc), as ts-jest with isolatedModules did, at a fraction of its cost on
 * a cold cache (a fresh clone transforms lib/, .gen/ and test/: measured, ts-jest spent ~18 s of CPU
 * on the files one pattern suite loads). A file that calls `jest.mock` goes to ts-jest, whose
 * hoisting moves the mock above the imports; esbuild would leave it after them.
 */
const crypto = require("node:crypto");
const esbuild = require("esbuild");

/** Bump when the options below change, so cached output of the old options is not reused. */
const TRANSFORM_VERSION = "2";
const MOCKS = /\bjest\s*\.\s*(mock|doMock|unmock|enableAutomock|disableAutomock)\s*\(/;

/** The ts-jest transformer for files that need mock hoisting, made on first use. */
let tsJest;
function tsJestFor(options) {
  if (!tsJest) tsJest = require("ts-jest").default.createTransformer(options.transformerConfig);
  return tsJest;
}

const needsHoisting = (source) => MOCKS.test(source);

module.exports = {
  canInstrument: false,
  process(source, filename, options) {
    if (needsHoisting(source)) return tsJestFor(options).process(source, filename, options);
    const result = esbuild.transformSync(source, {
      loader: filename.endsWith(".tsx") ? "tsx" : "ts",
      format: "cjs",
      // tsconfig.json: target ES2022, where TypeScript defines class fields ([[Define]] semantics).
      target: "es2022",
      // As tsc with module commonjs: `import()` becomes a require (Jest's VM has no dynamic-import hook).
      supported: { "dynamic-import": false },
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, esModuleInterop: true } },
      sourcemap: "external",
      sourcefile: filename,
      sourcesContent: false,
    });
    return { code: result.code, map: result.map };
  },
  getCacheKey(source, filename, options) {
    if (needsHoisting(source)) return `ts-jest:${tsJestFor(options).getCacheKey(source, filename, options)}`;
    return crypto
      .createHash("sha256")
      .update(`${TRANSFORM_VERSION}\0${esbuild.version}\0${filename}\0${options.configString}\0`)
      .update(source)
      .digest("hex");
  },
};
