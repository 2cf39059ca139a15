/**
 * cdktf's Jest matchers (`toHaveResource`, `toHaveResourceWithProperties`, `toBeValidTerraform`, …).
 * Imported by the suites that use them, not installed for every suite: loading cdktf costs each of
 * the ~135 suites a few hundred milliseconds of CPU, and most suites (the CLI, the XML API, verify,
 * the simulators) never touch cdktf. A suite that calls a matcher without this import fails with
 * "toHaveResource is not a function", never silently.
 */
import { Testing } from "cdktf";
import "cdktf/lib/testing/adapters/jest";

Testing.setupJest();
