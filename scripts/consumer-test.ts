/**
 * The consumer test (`npm run test:consumer`, run by .ci/run): packs the package, checks what the
 * tarball holds, then installs it into fresh apps outside the repository, one per constructs
 * version a fresh `cdktf init` may bring (10.7.x and the newest 10.x), and proves they type-check,
 * synthesize and run `mve-ha --help`. Versions are pinned and npm prefers its cache, so a rerun
 * installs the same tree. Needs the npm registry (or a warm npm cache); it fails, never skips.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkConsumerApp, checkIncompatibleConstructs } from "./package/consumer-app";
import { npmPack, packProblems } from "./package/pack";
import { check, secondsSince, temporaryDirectory } from "./package/run";

/** constructs 10.7.x (cdktf's and CDK Terrain's range) and the newest 10.x when this was pinned. */
export const CONSTRUCTS_VERSIONS = ["10.7.2", "10.8.1"] as const;
/** Below our peer range (^10.7.0), though cdktf 0.21 itself accepts it. */
const INCOMPATIBLE_CONSTRUCTS = "10.6.0";

function main(): void {
  const start = Date.now();
  const work = temporaryDirectory("cdktf-megaport-panos-ha-consumer");
  try {
    const pack = npmPack(work);
    const problems = packProblems(pack);
    check(problems.length === 0, `the tarball is wrong:\n  ${problems.join("\n  ")}`);
    console.log(
      `tarball ${path.basename(pack.tarball)}: ${pack.size} bytes packed, ${pack.unpackedSize} unpacked, ${pack.files.length} files`,
    );
    for (const constructs of CONSTRUCTS_VERSIONS) {
      const appStart = Date.now();
      const dir = path.join(work, `app-constructs-${constructs}`);
      fs.mkdirSync(dir);
      checkConsumerApp(dir, pack.tarball, constructs);
      console.log(`consumer app with constructs ${constructs}: ok (${secondsSince(appStart)})`);
    }
    const dir = path.join(work, `app-constructs-${INCOMPATIBLE_CONSTRUCTS}`);
    fs.mkdirSync(dir);
    const said = checkIncompatibleConstructs(dir, pack.tarball, INCOMPATIBLE_CONSTRUCTS);
    console.log(`constructs ${INCOMPATIBLE_CONSTRUCTS} (outside the peer range): npm said "${said.trim()}"`);
    console.log(`consumer test passed in ${secondsSince(start)}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`consumer test FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
}
