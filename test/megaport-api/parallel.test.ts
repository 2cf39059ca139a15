/**
 * The Megaport checks run alongside the firewall checks, not after them: each side waits until the
 * other has asked its first question, which can only finish when both run at once.
 */
import { verifyPair } from "../../lib/verify";
import type { FirewallTarget } from "../../lib/verify/types";
import { mve, vxc } from "../megaport-sim";
import { LEGACY } from "../verify/healthy-answers";
import { scriptedTarget } from "../verify/helpers";

test("verifyPair asks the Megaport API while the firewalls are being asked; the report has both", async () => {
  let firewallAsked!: () => void;
  let megaportAsked!: () => void;
  const firewallStarted = new Promise<void>((resolve) => (firewallAsked = resolve));
  const megaportStarted = new Promise<void>((resolve) => (megaportAsked = resolve));
  const firewall = (host: string): FirewallTarget => ({
    host,
    op: async () => {
      firewallAsked();
      await megaportStarted;
      throw new Error("connection refused");
    },
  });
  const report = await verifyPair([firewall("127.0.0.2"), firewall("127.0.0.3")], {
    megaport: {
      products: { mves: [{ label: "firewall 0 MVE", uid: "m" }], vxcs: [{ label: "HA1 link", uid: "v" }] },
      getProduct: async (uid) => {
        megaportAsked();
        await firewallStarted;
        return uid === "m" ? mve({ uid, name: "fw-0" }) : vxc({ uid, name: "ha1" });
      },
    },
  });
  expect(report.megaport?.checks.map((c) => c.status)).toEqual(["pass", "pass"]);
  expect(report.firewalls.map((f) => f.checks[0].status)).toEqual(["error", "error"]);
  // A firewall that cannot be asked makes the run not OK even when Megaport is healthy.
  expect(report.ok).toBe(false);
}, 10_000);

test("the Megaport checks count toward ok: a failure fails a passing firewall run, a skip does not", async () => {
  const products = { mves: [{ label: "firewall 0 MVE", uid: "m" }], vxcs: [{ label: "HA1 link", uid: "v" }] };
  const healthy = () => scriptedTarget("127.0.0.2", LEGACY);
  const alone = await verifyPair([healthy()]);
  expect(alone.ok).toBe(true);
  expect(alone.megaport).toBeUndefined();
  const skipped = await verifyPair([healthy()], { megaport: { products, skipReason: "no Megaport credentials" } });
  expect(skipped.ok).toBe(true);
  const shutDown = await verifyPair([healthy()], {
    megaport: {
      products,
      getProduct: async (uid) => (uid === "m" ? mve({ uid, name: "fw-0" }) : vxc({ uid, name: "ha1", shutdown: true })),
    },
  });
  expect(shutDown.megaport?.checks.map((c) => c.status)).toEqual(["pass", "fail"]);
  expect(shutDown.ok).toBe(false);
  const empty = await verifyPair([], { megaport: { products, skipReason: "no Megaport credentials" } });
  expect(empty.ok).toBe(false);
});
