/** Entry point of the repository's bundled `mve-ha` shim (tools/tf/bundle.ts); the shim is tools/tf/mve-ha-shim.ts. */
import { main } from "./mve-ha-shim";

process.exit(main());
