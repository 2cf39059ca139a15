/**
 * megaport.mves and megaport.vxcs against the simulator: pass when every product is ready and up;
 * fail naming the product (label, name, UID, status) for each that is not; error (never pass) when
 * an answer cannot be read, each reason once; skip with the reason without credentials.
 */
import { MegaportClient } from "../../lib/megaport-api/client";
import { runMegaportChecklist } from "../../lib/verify/checklist";
import type { MegaportTarget, PairProducts } from "../../lib/verify/checks/megaport-products";
import { Deadline } from "../../lib/xmlapi/deadline";
import { mve, PROVISIONING_STATUSES, startMegaportSim, vxc, type MegaportSim } from "../megaport-sim";

const PRODUCTS: PairProducts = {
  mves: [
    { label: "firewall 0 MVE", uid: "mve-0" },
    { label: "firewall 1 MVE", uid: "mve-1" },
  ],
  vxcs: [
    { label: "HA1 link", uid: "vxc-ha1" },
    { label: "HA2 link", uid: "vxc-ha2" },
    { label: "HA3 link", uid: "vxc-ha3" },
    { label: "firewall 0 management Internet", uid: "vxc-mgmt-0" },
    { label: "firewall 1 management Internet", uid: "vxc-mgmt-1" },
    { label: "aws connection of firewall 0", uid: "vxc-aws-0" },
    { label: "aws connection of firewall 1", uid: "vxc-aws-1" },
  ],
};

let sim: MegaportSim;
let client: MegaportClient;

beforeEach(async () => {
  sim = await startMegaportSim({
    products: [
      ...PRODUCTS.mves.map((p, i) => mve({ uid: p.uid, name: `guide-fw-${i}` })),
      ...PRODUCTS.vxcs.map((p) => vxc({ uid: p.uid, name: `guide ${p.label}` })),
    ],
  });
  client = new MegaportClient({
    settings: {
      accessKey: sim.accessKey,
      secretKey: sim.secretKey,
      environment: "staging",
      apiUrl: sim.apiUrl,
      tokenUrl: sim.tokenUrl,
    },
    deadline: Deadline.after(20_000),
    retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 10 },
  });
});

afterEach(async () => {
  await client.close();
  await sim.stop();
});

const target = (products = PRODUCTS): MegaportTarget => ({ products, getProduct: (uid) => client.getProduct(uid) });
const check = async (id: string, t = target()) => (await runMegaportChecklist(t)).find((c) => c.id === id)!;

test("every product ready and up: both checks pass, each product read exactly once", async () => {
  const results = await runMegaportChecklist(target());
  expect(results).toEqual([
    { id: "megaport.mves", status: "pass", detail: "2 MVEs ready and up (LIVE)" },
    { id: "megaport.vxcs", status: "pass", detail: "7 VXCs ready and up (LIVE)" },
  ]);
  const asked = sim.requests.filter((r) => r.path.startsWith("/v2/product/")).map((r) => r.path.slice(12));
  expect(asked.sort()).toEqual([...PRODUCTS.mves, ...PRODUCTS.vxcs].map((p) => p.uid).sort());
});

test("CONFIGURED counts as ready, as megaportgo counts it", async () => {
  sim.patch("mve-1", { provisioningStatus: "CONFIGURED" });
  expect(await check("megaport.mves")).toMatchObject({
    status: "pass",
    detail: "2 MVEs ready and up (LIVE/CONFIGURED)",
  });
});

test.each(PROVISIONING_STATUSES.filter((s) => s !== "LIVE" && s !== "CONFIGURED"))(
  "an MVE %s fails, naming the MVE, its UID and status",
  async (status) => {
    sim.patch("mve-1", { provisioningStatus: status });
    expect(await check("megaport.mves")).toEqual({
      id: "megaport.mves",
      status: "fail",
      detail: `firewall 1 MVE guide-fw-1 (mve-1) is ${status}`,
    });
  },
);

test("an MVE whose VM is down fails, though LIVE", async () => {
  sim.put(mve({ uid: "mve-0", name: "guide-fw-0", vmUp: false }));
  expect(await check("megaport.mves")).toMatchObject({
    status: "fail",
    detail: "firewall 0 MVE guide-fw-0 (mve-0) is LIVE but virtual machine 7001 down",
  });
});

test("a VXC shut down fails naming it; the others are not mentioned", async () => {
  sim.put(vxc({ uid: "vxc-ha3", name: "guide-ha3", shutdown: true }));
  expect(await check("megaport.vxcs")).toEqual({
    id: "megaport.vxcs",
    status: "fail",
    detail: "HA3 link guide-ha3 (vxc-ha3) is LIVE but shut down",
  });
});

test("a VXC that no longer exists fails (404), naming what it was for", async () => {
  const products = { ...PRODUCTS, vxcs: [...PRODUCTS.vxcs, { label: "azure connection of firewall 0", uid: "gone" }] };
  const result = await check("megaport.vxcs", target(products));
  expect(result.status).toBe("fail");
  expect(result.detail).toMatch(
    /^azure connection of firewall 0 \(gone\): no product gone in the Megaport staging API \(HTTP 404\)/,
  );
});

test("an answer not recognised is an error, never a pass", async () => {
  sim.patch("vxc-mgmt-0", { shutdown: "no" });
  expect(await check("megaport.vxcs")).toEqual({
    id: "megaport.vxcs",
    status: "error",
    detail:
      'could not read firewall 0 management Internet: unexpected Megaport product response: VXC vxc-mgmt-0: shutdown is "no", not true/false',
  });
});

test("a failure and an unreadable answer: fail, with both named", async () => {
  sim.patch("vxc-ha1", { provisioningStatus: "DECOMMISSIONED" });
  sim.patch("vxc-aws-1", { resources: {} });
  const result = await check("megaport.vxcs");
  expect(result.status).toBe("fail");
  expect(result.detail).toBe(
    "HA1 link guide HA1 link (vxc-ha1) is DECOMMISSIONED; could not read aws connection of firewall 1: unexpected Megaport product response: VXC vxc-aws-1 has no resources.interface entries",
  );
});

test("keys rejected: both checks error with the reason once each, one token request in all", async () => {
  await client.close();
  client = new MegaportClient({
    settings: {
      accessKey: sim.accessKey,
      secretKey: "wrong",
      environment: "staging",
      apiUrl: sim.apiUrl,
      tokenUrl: sim.tokenUrl,
    },
    deadline: Deadline.after(20_000),
  });
  const [mves, vxcs] = await runMegaportChecklist(target());
  expect(mves.status).toBe("error");
  expect(vxcs.status).toBe("error");
  expect(vxcs.detail.match(/rejected/g)).toHaveLength(1);
  expect(vxcs.detail).toMatch(
    /^could not read HA1 link, HA2 link, .* and aws connection of firewall 1: the Megaport token endpoint/,
  );
  expect(sim.requests.filter((r) => r.path === "/oauth2/token")).toHaveLength(1);
});

test("a 503 storm longer than the retries: error, never pass", async () => {
  sim.queueFaults(
    "product",
    Array.from({ length: 40 }, () => ({ status: 503 })),
  );
  const results = await runMegaportChecklist(target());
  expect(results.map((r) => r.status)).toEqual(["error", "error"]);
  expect(results[1].detail).toMatch(/HTTP 503/);
});

test("without credentials both are skipped with the reason, and nothing is asked", async () => {
  const results = await runMegaportChecklist({ products: PRODUCTS, skipReason: "no Megaport credentials: set them" });
  expect(results).toEqual([
    { id: "megaport.mves", status: "skip", detail: "no Megaport credentials: set them" },
    { id: "megaport.vxcs", status: "skip", detail: "no Megaport credentials: set them" },
  ]);
  expect(sim.requests).toHaveLength(0);
});

test("no UIDs to check is an error, not a pass", async () => {
  expect(await check("megaport.vxcs", target({ mves: PRODUCTS.mves, vxcs: [] }))).toMatchObject({ status: "error" });
});
