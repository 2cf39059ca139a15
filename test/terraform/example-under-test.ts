/**
 * The app the Terraform-backed suite and the benchmark run: the stand-in until
 * `examples/guide-example.ts` lands, then `export { guideExample } from "../../examples/guide-example";`.
 */
export { guideExample } from "./fixtures/guide-example";
