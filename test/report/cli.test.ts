/**
 * `mve-ha verify --report FILE --topology FILE` against two simulated firewalls (an HA pair on
 * loopback with the running configuration of the simulated pair): the page is written, coloured
 * by the checks that ran; `--json` and the table are printed as without `--report`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { STATUS_COLOURS } from "../../lib/topology";
import type { Simulator } from "../simulator";
import { login, mveHa } from "../cli/harness";
import { colourOf, parseSvg } from "../topology/svg";
import { simulatedTopology, startSimulatedPair } from "./fixtures";

let sims: [Simulator, Simulator];
let dir: string;
let topologyFile: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-cli-"));
  topologyFile = path.join(dir, "sim.topology.json");
  fs.writeFileSync(topologyFile, JSON.stringify(simulatedTopology(["127.0.0.2", "127.0.0.3"])));
  sims = await startSimulatedPair();
});

afterAll(async () => {
  await Promise.all(sims.map((s) => s.stop()));
  fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => sims.forEach((s) => s.setHealth({})));

const hosts = () => [
  "--host",
  "127.0.0.2",
  "--host",
  "127.0.0.3",
  "--port",
  String(sims[0].port),
  "--ca-file",
  sims[0].caFile ?? "",
];

const requestCount = () => sims[0].requests.length + sims[1].requests.length;

test("a healthy pair: the page is written, exit 0, the JSON printed as without --report", async () => {
  const file = path.join(dir, "healthy.html");
  const plain = await mveHa(["verify", ...hosts(), "--json"], login(sims[0]));
  const run = await mveHa(
    ["verify", ...hosts(), "--json", "--report", file, "--topology", topologyFile],
    login(sims[0]),
  );
  expect(run.code).toBe(0);
  expect(plain.code).toBe(0);
  const report = JSON.parse(run.stdout) as { ok: boolean; firewalls: { host: string }[] };
  expect(Object.keys(report)).toEqual(Object.keys(JSON.parse(plain.stdout) as object));
  expect(report.ok).toBe(true);
  expect(run.stderr).toContain(`report written to ${file}`);
  const page = fs.readFileSync(file, "utf8");
  expect(page).toContain('<span id="verdict" class="pass">OK</span>');
  expect(page).toContain(`topology from ${topologyFile}`);
  const svg = parseSvg(page);
  for (const id of ["firewall-0-status", "firewall-1-status", "ha-ha2", "ha-ha3", "bgp-0-0", "bgp-1-1", "bfd-1-0"]) {
    expect([id, colourOf(svg, id)]).toEqual([id, STATUS_COLOURS.pass.fill]);
  }
});

test("a BGP peer down on firewall 1: its peering is red on the page, exit 1; the table is printed as without --report", async () => {
  sims[1].setHealth({ bgpPeersDown: ["169.254.201.1"] });
  const file = path.join(dir, "bgp-down.html");
  const plain = await mveHa(["verify", ...hosts()], login(sims[0]));
  const run = await mveHa(["verify", ...hosts(), "--report", file, "--topology", topologyFile], login(sims[0]));
  expect(run.code).toBe(1);
  expect(run.stdout).toBe(plain.stdout);
  expect(run.stdout).toMatch(/bgp\.peers\s+FAIL/);
  const svg = parseSvg(fs.readFileSync(file, "utf8"));
  expect(colourOf(svg, "bgp-1-1")).toBe(STATUS_COLOURS.fail.fill);
  expect(colourOf(svg, "firewall-1-status")).toBe(STATUS_COLOURS.fail.fill);
  expect(colourOf(svg, "bgp-0-1")).toBe(STATUS_COLOURS.pass.fill);
  expect(colourOf(svg, "firewall-0-status")).toBe(STATUS_COLOURS.pass.fill);
});

test.each([
  ["a missing file", "missing.json", /--topology .*missing\.json: ENOENT/],
  ["not a topology", "not-topology.json", /--topology .*not-topology\.json: version undefined is not 1/],
])("--topology %s is a usage error before any firewall is asked", async (_name, name, message) => {
  const file = path.join(dir, name);
  if (name === "not-topology.json") fs.writeFileSync(file, '{"ok": true}');
  const before = requestCount();
  const run = await mveHa(
    ["verify", ...hosts(), "--report", path.join(dir, "x.html"), "--topology", file],
    login(sims[0]),
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(requestCount()).toBe(before);
  expect(fs.existsSync(path.join(dir, "x.html"))).toBe(false);
});

test("--topology without --report is a usage error", async () => {
  const run = await mveHa(["verify", ...hosts(), "--topology", topologyFile], login(sims[0]));
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("--topology is drawn by --report: give both");
});
