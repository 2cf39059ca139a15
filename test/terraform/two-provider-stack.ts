/**
 * A small stack using both offline providers, for the tests of how providers are started: a
 * megaport location read (its name comes from the fixture file) and a panos zone on each of two
 * firewalls, through two aliased provider configurations that differ only in their hostname.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pinnedProviders } from "../../tools/bindings/providers";
import { fixtureFile } from "./support";

const ROOT = path.resolve(__dirname, "../..");
export const FW0 = "127.0.0.2";
export const FW1 = "127.0.0.3";

/** What the stack holds besides the megaport location read. */
export interface TwoProviderStackOptions {
  /** Whether the stack uses panos at all (without it, it needs megaport only). @default true */
  readonly panos?: boolean;
  /** An output whose precondition fails at plan, after both providers ran. @default false */
  readonly failingPrecondition?: boolean;
}

/** Writes the stack into `dir` (main.tf.json, state beside it); returns `dir`. */
export function writeStack(dir: string, options: TwoProviderStackOptions = {}): string {
  const panos = options.panos ?? true;
  fs.mkdirSync(dir, { recursive: true });
  const zone = (alias: string) => ({ provider: `panos.${alias}`, location: { vsys: {} }, name: "zone-a" });
  const pinned = pinnedProviders(ROOT).filter((p) => panos || p.name !== "panos");
  const output: Record<string, unknown> = { site: { value: "${data.megaport_location.site.name}" } };
  if (options.failingPrecondition) {
    output.checked = {
      value: "${data.megaport_location.site.name}",
      precondition: [
        { condition: '${data.megaport_location.site.name == "nowhere"}', error_message: "The site is not nowhere." },
      ],
    };
  }
  const stack = {
    terraform: {
      // The pinned versions, as the constructs require them.
      required_providers: Object.fromEntries(
        pinned.map((p) => [p.name, { source: `${p.namespace}/${p.name}`, version: p.version }]),
      ),
      backend: { local: { path: path.join(dir, "terraform.tfstate") } },
    },
    provider: {
      megaport: [{ environment: "staging" }],
      ...(panos
        ? {
            panos: [
              { alias: "fw0", hostname: FW0 },
              { alias: "fw1", hostname: FW1 },
            ],
          }
        : {}),
    },
    data: { megaport_location: { site: { id: 1 } } },
    ...(panos ? { resource: { panos_zone: { fw0: zone("fw0"), fw1: zone("fw1") } } } : {}),
    output,
  };
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(stack, null, 2));
  return dir;
}

/** A copy of offline-fixtures.json whose location 1 is called `siteName`, plus `drift` entries. */
export function writeFixtures(file: string, siteName: string, drift: unknown[] = []): void {
  const fixtures = JSON.parse(fs.readFileSync(fixtureFile("offline-fixtures.json"), "utf8"));
  fixtures["data.megaport_location"][0].set.name = siteName;
  fs.writeFileSync(file, JSON.stringify({ ...fixtures, drift }, null, 2));
}
