/** Builds the bundled mve-ha CLI once per test run (only when a source changed): every synthesized stack carries it. */
import { ensureCliBundle } from "../scripts/bundle-cli";

export default function globalSetup(): void {
  ensureCliBundle();
}
