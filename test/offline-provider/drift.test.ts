/**
 * Drift in the offline provider: ReadResource reports what a `drift` fixture entry says changed
 * (or that the object is gone) for the object it names by type, provider configuration and state.
 */
import * as path from "node:path";
import { decodeMsgpack, encodeMsgpack } from "../../tools/offline-provider/cty/msgpack";
import { type CtyRecord, type CtyType, type CtyValue, record } from "../../tools/offline-provider/cty/types";
import { parseDrift } from "../../tools/offline-provider/provider/drift";
import { parseFixtures } from "../../tools/offline-provider/provider/fixtures";
import type { DynamicValueMessage } from "../../tools/offline-provider/provider/messages";
import { OfflineProvider } from "../../tools/offline-provider/provider/offline-provider";
import { loadProviderSchema } from "../../tools/offline-provider/schema/json-schema";
import { blockNode } from "../../tools/offline-provider/schema/nodes";

const panos = loadProviderSchema(path.resolve(__dirname, "../../schemas/panos.json"));
const typeOf = (name: string): CtyType => blockNode(panos.schema.resource_schemas![name].block).type;
const providerType = blockNode(panos.schema.provider!.block).type;

/** A full value of `type` from a partial JSON-like one: attributes not given are null. */
function complete(type: CtyType, given: unknown): CtyValue {
  if (given === undefined || given === null) return null;
  if (Array.isArray(type) && type[0] === "object") {
    const result = record();
    for (const [name, attributeType] of Object.entries(type[1] as Record<string, CtyType>)) {
      result[name] = complete(attributeType, (given as Record<string, unknown>)[name]);
    }
    return result;
  }
  if (Array.isArray(type) && (type[0] === "list" || type[0] === "set")) {
    return (given as unknown[]).map((element) => complete(type[1] as CtyType, element));
  }
  return given as CtyValue;
}

const zoneState = (layer3: string[]) =>
  complete(typeOf("panos_zone"), { name: "trust", location: { vsys: { name: "vsys1" } }, network: { layer3 } });

const peer = (name: string, as: string) => ({ name, peer_as: as, peer_address: { ip: "169.254.100.2" } });
const routerState = () =>
  complete(typeOf("panos_virtual_router"), {
    name: "default",
    protocol: {
      bgp: {
        local_as: "65001",
        peer_group: [
          { name: "aws", peer: [peer("aws", "64512")] },
          { name: "azure", peer: [peer("azure", "12076")] },
        ],
      },
    },
  });

/** A provider configured for `hostname`, serving the given fixture document. */
function configured(document: unknown, hostname = "127.0.0.2"): OfflineProvider {
  const provider = new OfflineProvider({
    schema: () => panos,
    fixtures: () => parseFixtures(document, "test"),
    drift: () => parseDrift(document, "test"),
    log: () => undefined,
  });
  const config = complete(providerType, { hostname });
  provider.configureProvider({ terraform_version: "test", config: { msgpack: encodeMsgpack(config, providerType) } });
  return provider;
}

function readBack(provider: OfflineProvider, typeName: string, state: CtyValue) {
  const current: DynamicValueMessage = { msgpack: encodeMsgpack(state, typeOf(typeName)) };
  const response = provider.readResource({ type_name: typeName, current_state: current }) as {
    new_state?: DynamicValueMessage | null;
    diagnostics: { summary: string; detail: string }[];
  };
  const value = response.new_state?.msgpack ? decodeMsgpack(response.new_state.msgpack, typeOf(typeName)) : undefined;
  return { response, current, value };
}

const zoneDrift = {
  resource: "panos_zone",
  provider: { hostname: "127.0.0.2" },
  when: { name: "trust" },
  set: { network: { layer3: ["ethernet1/1.100"] } },
};

describe("ReadResource with drift fixtures", () => {
  test("without a drift entry the stored state comes back byte for byte", () => {
    const { response, current } = readBack(configured({}), "panos_zone", zoneState(["ethernet1/1.100"]));
    expect(response.new_state).toBe(current);
  });

  test("a matching entry reports the drifted values; everything else stays as stored", () => {
    const stored = zoneState(["ethernet1/1.100", "ethernet1/1.200"]) as CtyRecord;
    const { value, response } = readBack(configured({ drift: [zoneDrift] }), "panos_zone", stored);
    expect(response.diagnostics).toEqual([]);
    expect((value as CtyRecord).network).toMatchObject({ layer3: ["ethernet1/1.100"] });
    expect((value as CtyRecord).location).toEqual(stored.location);
    expect((value as CtyRecord).name).toBe("trust");
  });

  test("the entry names its firewall: the same zone read through another provider has not drifted", () => {
    const stored = zoneState(["ethernet1/1.100", "ethernet1/1.200"]);
    const { response, current } = readBack(configured({ drift: [zoneDrift] }, "127.0.0.3"), "panos_zone", stored);
    expect(response.new_state).toBe(current);
  });

  test("`when` must match the stored state", () => {
    const other = { ...zoneDrift, when: { name: "untrust" } };
    const { response, current } = readBack(
      configured({ drift: [other] }),
      "panos_zone",
      zoneState(["ethernet1/1.100"]),
    );
    expect(response.new_state).toBe(current);
  });

  test("one BGP peer drifts: lists of objects merge element by element, the other peer group is untouched", () => {
    const drift = {
      resource: "panos_virtual_router",
      when: { name: "default" },
      set: { protocol: { bgp: { peer_group: [{}, { peer: [{ peer_as: "65099" }] }] } } },
    };
    const stored = routerState() as CtyRecord;
    const { value } = readBack(configured({ drift: [drift] }), "panos_virtual_router", stored);
    const groups = ((value as CtyRecord).protocol as CtyRecord).bgp as CtyRecord;
    const storedGroups = (stored.protocol as CtyRecord).bgp as CtyRecord;
    const [aws, azure] = groups.peer_group as CtyRecord[];
    expect(aws).toEqual((storedGroups.peer_group as CtyRecord[])[0]);
    const [azurePeer] = azure.peer as CtyRecord[];
    expect(azurePeer.peer_as).toBe("65099");
    expect(azurePeer.name).toBe("azure");
    expect(azurePeer.peer_address).toEqual({ ip: "169.254.100.2", fqdn: null });
    expect(groups.local_as).toBe("65001");
  });

  test("`gone` reports the object deleted: a null state, which Terraform plans to create again", () => {
    const gone = { resource: "panos_zone", when: { name: "trust" }, gone: true };
    const { response } = readBack(configured({ drift: [gone] }), "panos_zone", zoneState(["ethernet1/1.100"]));
    expect(response.diagnostics).toEqual([]);
    expect(decodeMsgpack(response.new_state!.msgpack!, typeOf("panos_zone"))).toBeNull();
  });

  test("a value that does not fit the schema is an error naming the attribute path, not the value", () => {
    const bad = { ...zoneDrift, set: { network: { layer3: "ethernet1/1.100-secret" } } };
    const { response } = readBack(configured({ drift: [bad] }), "panos_zone", zoneState(["ethernet1/1.100"]));
    expect(response.diagnostics).toHaveLength(1);
    expect(response.diagnostics[0].summary).toBe("Offline provider fixture does not fit");
    expect(response.diagnostics[0].detail).toContain("network.layer3");
    expect(response.diagnostics[0].detail).not.toContain("secret");
  });
});

describe("the drift list of a fixture file", () => {
  test("sits beside the fixtures, which ignore it", () => {
    const document = { drift: [zoneDrift], "data.panos_zone": [{ set: {} }] };
    expect([...parseFixtures(document, "f.json").keys()]).toEqual(["data.panos_zone"]);
    expect(parseDrift(document, "f.json")).toEqual([zoneDrift]);
    expect(parseDrift({}, "f.json")).toEqual([]);
  });

  test.each([
    [{ drift: {} }, '"drift" must be a list'],
    [{ drift: [{ resource: "panos_zone" }] }, 'needs exactly one of "set" and "gone"'],
    [{ drift: [{ resource: "panos_zone", set: {}, gone: true }] }, 'needs exactly one of "set" and "gone"'],
    [{ drift: [{ resource: "panos_zone", gone: false }] }, "gone must be true"],
    [{ drift: [{ set: {} }] }, "resource must name a resource type"],
    [{ drift: [{ resource: "panos_zone", gone: true, address: "x" }] }, 'unknown key "address"'],
    [{ drift: [{ resource: "panos_zone", gone: true, when: [] }] }, "when must be an object"],
  ])("refuses %j", (document, message) => {
    expect(() => parseDrift(document, "f.json")).toThrow(message);
  });
});
