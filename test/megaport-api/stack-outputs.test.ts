/**
 * `verify --outputs`: both shapes the tools write (cdktf's stack-keyed outputs file, with stack
 * prefixes; `terraform output -json`), and a usage error naming the file and what is missing or
 * of the wrong shape.
 */
import { UsageError } from "../../lib/cli/exit-codes";
import { pairOutputsFrom } from "../../lib/cli/stack-outputs";

const PRODUCTS = {
  mves: ["mve-0", "mve-1"],
  haLinks: { ha1: "ha1-uid", ha2: "ha2-uid", ha3: "ha3-uid" },
  managementInternet: ["mgmt-0", "mgmt-1"],
  cloudConnections: { aws: ["aws-0", "aws-1"], azure: ["azure-0", "azure-1"] },
};

const NETWORK = {
  "firewall-0-management-ip": "127.0.0.2",
  "firewall-1-management-ip": "127.0.0.3",
  "megaport-products": PRODUCTS,
  "verify-command": "mve-ha verify --outputs outputs.json",
  "bgp-peerings": [],
};

const EXPECTED = {
  hosts: ["127.0.0.2", "127.0.0.3"],
  products: {
    mves: [
      { label: "firewall 0 MVE", uid: "mve-0" },
      { label: "firewall 1 MVE", uid: "mve-1" },
    ],
    vxcs: [
      { label: "HA1 link", uid: "ha1-uid" },
      { label: "HA2 link", uid: "ha2-uid" },
      { label: "HA3 link", uid: "ha3-uid" },
      { label: "firewall 0 management Internet", uid: "mgmt-0" },
      { label: "firewall 1 management Internet", uid: "mgmt-1" },
      { label: "aws connection of firewall 0", uid: "aws-0" },
      { label: "aws connection of firewall 1", uid: "aws-1" },
      { label: "azure connection of firewall 0", uid: "azure-0" },
      { label: "azure connection of firewall 1", uid: "azure-1" },
    ],
  },
};

/** `terraform output -json`: each output wrapped with its type and sensitivity. */
const wrapped = (outputs: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, { sensitive: false, type: "dynamic", value: v }]));

const usageError = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("no error");
};

test("cdktf deploy --outputs-file: the stack holding the network outputs, among the firewall stacks", () => {
  const file = { network: { ...NETWORK, "cross-stack-output-x": "y" }, "firewall-0": {}, "firewall-1": {} };
  expect(pairOutputsFrom(file, "outputs.json")).toEqual({ stack: "network", ...EXPECTED });
});

test("with a stack prefix, the prefixed network stack is found", () => {
  expect(pairOutputsFrom({ "syd-network": NETWORK, "syd-firewall-0": {} }, "o.json")).toMatchObject({
    stack: "syd-network",
    hosts: ["127.0.0.2", "127.0.0.3"],
  });
});

test("several pairs: a usage error listing them, and --outputs-stack chooses one", () => {
  const file = { "syd-network": NETWORK, "mel-network": { ...NETWORK, "firewall-0-management-ip": "127.0.0.9" } };
  expect(usageError(() => pairOutputsFrom(file, "o.json"))).toBe(
    "--outputs o.json holds the outputs of several pairs (stacks syd-network, mel-network); choose one with --outputs-stack",
  );
  expect(pairOutputsFrom(file, "o.json", "mel-network").hosts).toEqual(["127.0.0.9", "127.0.0.3"]);
  expect(usageError(() => pairOutputsFrom(file, "o.json", "network"))).toBe(
    "--outputs-stack network: o.json has no such stack (stacks: syd-network, mel-network)",
  );
});

test("terraform output -json: the wrapped values of one stack", () => {
  expect(pairOutputsFrom(wrapped(NETWORK), "tf.json")).toEqual(EXPECTED);
  expect(usageError(() => pairOutputsFrom(wrapped(NETWORK), "tf.json", "network"))).toMatch(
    /--outputs-stack network: tf.json holds the outputs of one stack \(terraform output -json\)/,
  );
});

test("a file of neither shape says which outputs it looked for", () => {
  expect(usageError(() => pairOutputsFrom({ network: { other: 1 } }, "o.json"))).toMatch(
    /^--outputs o.json holds no network stack outputs \(firewall-0-management-ip, firewall-1-management-ip\)/,
  );
  expect(usageError(() => pairOutputsFrom([NETWORK], "o.json"))).toBe(
    "--outputs o.json is not a JSON object of stack outputs",
  );
});

test("a missing key is named, with the fix for stacks deployed before the product output existed", () => {
  const { "megaport-products": _products, ...older } = NETWORK;
  expect(usageError(() => pairOutputsFrom({ network: older }, "o.json"))).toMatch(
    /^o.json, stack network: no megaport-products output \(the network stack was deployed by an older version\)/,
  );
  const { "firewall-1-management-ip": _ip, ...oneIp } = NETWORK;
  expect(usageError(() => pairOutputsFrom(wrapped(oneIp), "tf.json"))).toBe(
    "tf.json: no firewall-1-management-ip output",
  );
});

test("values of the wrong shape are named with their path", () => {
  const broken = (products: unknown) => ({ network: { ...NETWORK, "megaport-products": products } });
  expect(
    usageError(() => pairOutputsFrom({ network: { ...NETWORK, "firewall-0-management-ip": "fw0.example" } }, "o")),
  ).toBe('o, stack network: firewall-0-management-ip is "fw0.example", not an IPv4 address');
  expect(usageError(() => pairOutputsFrom(broken({ ...PRODUCTS, mves: ["only-one"] }), "o"))).toBe(
    "o, stack network: megaport-products.mves is not a list of two product UIDs",
  );
  expect(usageError(() => pairOutputsFrom(broken({ ...PRODUCTS, haLinks: { ha1: "a", ha2: "b" } }), "o"))).toBe(
    "o, stack network: megaport-products.haLinks.ha3 is missing, not a product UID",
  );
  expect(usageError(() => pairOutputsFrom(broken({ ...PRODUCTS, cloudConnections: { aws: ["a", ""] } }), "o"))).toBe(
    'o, stack network: megaport-products.cloudConnections.aws[1] is "", not a product UID',
  );
});
