/** Reading an MVE's and a VXC's state: every status, each thing that can be down, and answers not recognised. */
import { MegaportAnswerError } from "../../lib/megaport-api/errors";
import { readMve, readVxc } from "../../lib/megaport-api/product";
import { mve, PROVISIONING_STATUSES, vxc } from "../megaport-sim";

const UID = "uid-1";

describe("provisioning status", () => {
  test.each(PROVISIONING_STATUSES)(
    "%s: ready only when CONFIGURED or LIVE (megaportgo's SERVICE_STATE_READY)",
    (status) => {
      const ready = status === "CONFIGURED" || status === "LIVE";
      expect(readMve(mve({ uid: UID, name: "fw", status }), UID)).toMatchObject({ status, ready, down: [] });
      expect(readVxc(vxc({ uid: UID, name: "ha1", status }), UID)).toMatchObject({ status, ready, down: [] });
    },
  );
});

test("an MVE whose VM is down, or whose interface is down, says which", () => {
  expect(readMve(mve({ uid: UID, name: "fw", vmUp: false }), UID).down).toEqual(["virtual machine 7001 down"]);
  expect(readMve(mve({ uid: UID, name: "fw", interfaceUp: false }), UID).down).toEqual(["interface down"]);
  expect(readMve(mve({ uid: UID, name: "fw" }), UID)).toMatchObject({ name: "fw", kind: "MVE", ready: true, down: [] });
});

test("a VXC shut down, or with its interface down, says which", () => {
  expect(readVxc(vxc({ uid: UID, name: "ha1", shutdown: true }), UID).down).toEqual(["shut down"]);
  expect(readVxc(vxc({ uid: UID, name: "ha1", interfaceUp: false }), UID).down).toEqual(["interface down"]);
});

describe("answers not recognised are errors, never up", () => {
  const live = mve({ uid: UID, name: "fw" });
  const resources = live.resources as Record<string, unknown>;
  const cases: Array<[string, () => unknown, RegExp]> = [
    ["no productType", () => readMve({ ...live, productType: undefined }, UID), /no productType/],
    ["a VXC where an MVE was expected", () => readMve(vxc({ uid: UID, name: "x" }), UID), /is a VXC, not an MVE/],
    [
      "no provisioningStatus",
      () => readVxc({ ...vxc({ uid: UID, name: "x" }), provisioningStatus: "" }, UID),
      /no provisioningStatus/,
    ],
    ["another product's answer", () => readMve(mve({ uid: "other", name: "x" }), UID), /the answer is about other/],
    ["no resources", () => readMve({ ...live, resources: undefined }, UID), /no resources object/],
    [
      "no virtual machines",
      () => readMve({ ...live, resources: { ...resources, virtual_machine: [] } }, UID),
      /no resources.virtual_machine/,
    ],
    [
      "up spelled another way",
      () => readMve({ ...live, resources: { ...resources, virtual_machine: [{ id: 1, up: "yes" }] } }, UID),
      /virtual_machine\[0\]\.up is "yes"/,
    ],
    [
      "no MVE interface",
      () => readMve({ ...live, resources: { ...resources, interface: undefined } }, UID),
      /no resources.interface object/,
    ],
    [
      "VXC without shutdown",
      () => readVxc({ ...vxc({ uid: UID, name: "x" }), shutdown: undefined }, UID),
      /shutdown is absent/,
    ],
    [
      "VXC interface without up",
      () => readVxc({ ...vxc({ uid: UID, name: "x" }), resources: { interface: [{ id: 1 }] } }, UID),
      /interface\[0\]\.up is absent/,
    ],
    [
      "VXC without interfaces",
      () => readVxc({ ...vxc({ uid: UID, name: "x" }), resources: { interface: [] } }, UID),
      /no resources.interface entries/,
    ],
  ];
  test.each(cases)("%s", (_name, read, message) => {
    expect(read).toThrow(MegaportAnswerError);
    expect(read).toThrow(message);
  });
});
