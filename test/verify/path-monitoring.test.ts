/**
 * Path monitoring in the spellings public PAN-OS answers use (`groups`, `destination-groups`,
 * `failure-condition`, the `virtual-router` / `virtual-wire` / `vlan` containers): a down destination
 * in any of them fails the check, and an answer whose groups cannot be found or judged is an error.
 */
import { OP_COMMANDS, verifyPair } from "../../lib/verify";
import { aaHaState, pathMonitoring } from "./aa-responses";
import { checkOf, ok, scriptedTarget } from "./helpers";

/** One destination group entry in the `destination-groups` spelling. */
function destinationGroup(name: string, destinations: ReadonlyArray<readonly [string, string]>, fail = "any"): string {
  const ips = destinations.map(([addr, status]) => `<entry><addr>${addr}</addr><status>${status}</status></entry>`);
  return (
    `<entry><name>${name}</name><enabled>yes</enabled><failure-condition>${fail}</failure-condition>` +
    `<dest-ip>${ips.join("")}</dest-ip></entry>`
  );
}

/** One path group entry holding `destination-groups`. */
function group(name: string, destinationGroups: readonly string[], fail = "any"): string {
  return (
    `<entry><name>${name}</name><enabled>yes</enabled><failure-condition>${fail}</failure-condition>` +
    `<destination-groups>${destinationGroups.join("")}</destination-groups></entry>`
  );
}

/** `path-monitoring` with `enabled`, `failure-condition` and the given containers. */
function monitoring(containers: string): string {
  return `<path-monitoring><enabled>yes</enabled><failure-condition>any</failure-condition>${containers}</path-monitoring>`;
}

async function pathCheck(element: string) {
  const report = await verifyPair([
    scriptedTarget("fw", { [OP_COMMANDS.haState]: aaHaState(), [OP_COMMANDS.haPathMonitoring]: ok(element) }),
  ]);
  return checkOf(report, "fw", "path-monitoring");
}

const UP = destinationGroup("clouds", [
  ["169.254.100.1", "up"],
  ["169.254.200.1", "up"],
]);
const ONE_DOWN = destinationGroup("clouds", [
  ["169.254.100.1", "down"],
  ["169.254.200.1", "up"],
]);

/** Each public container spelling, holding the given group entries (the others present and empty). */
const CONTAINERS: ReadonlyArray<readonly [string, (groups: string) => string]> = [
  ["groups", (g) => `<groups>${g}</groups>`],
  ["virtual-router", (g) => `<virtual-router>${g}</virtual-router><virtual-wire/><vlan/>`],
  ["virtual-wire", (g) => `<virtual-router/><virtual-wire>${g}</virtual-wire><vlan/>`],
  ["vlan", (g) => `<virtual-router/><virtual-wire/><vlan>${g}</vlan>`],
];

describe("path monitoring in the public spellings", () => {
  test.each(CONTAINERS)("%s: all destinations up passes, naming the group", async (_container, wrap) => {
    const check = await pathCheck(monitoring(wrap(group("default", [UP]))));
    expect(check.status).toBe("pass");
    expect(check.detail).toMatch(/default up/);
  });

  test.each(CONTAINERS)("%s: a down destination fails the check and is named", async (_container, wrap) => {
    const check = await pathCheck(monitoring(wrap(group("default", [ONE_DOWN]))));
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/169\.254\.100\.1 down/);
    expect(check.detail).toMatch(/default/);
  });

  test("a down destination fails even when its group's failure condition (all) is not met", async () => {
    const allNeeded = destinationGroup(
      "clouds",
      [
        ["169.254.100.1", "down"],
        ["169.254.200.1", "up"],
      ],
      "all",
    );
    const check = await pathCheck(monitoring(`<groups>${group("default", [allNeeded], "all")}</groups>`));
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/169\.254\.100\.1 down/);
    expect(check.detail).toMatch(/condition all not met/);
  });

  test("the recorded summary spelling (vrouter, dest-group, fail-cond) still fails on one down destination", async () => {
    const check = await pathCheck(pathMonitoring("", ["down", "up"], "all"));
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/198\.51\.100\.1 down/);
  });

  test("monitoring enabled but no group container it knows: an error naming what it looked for", async () => {
    const check = await pathCheck(monitoring(`<monitors><entry><name>x</name></entry></monitors>`));
    expect(check.status).toBe("error");
    expect(check.detail).toMatch(/groups/);
    expect(check.detail).toMatch(/virtual-router/);
    expect(check.detail).toMatch(/<monitors>/);
  });

  test("a group whose destinations are under an element it does not know: an error, never a pass", async () => {
    const entry = `<entry><name>default</name><enabled>yes</enabled><targets><entry><addr>1.1.1.1</addr><status>down</status></entry></targets></entry>`;
    const check = await pathCheck(monitoring(`<groups>${entry}</groups>`));
    expect(check.status).toBe("error");
    expect(check.detail).toMatch(/destination-groups/);
  });

  test("destinations without any status (and no group status): an error, never a pass", async () => {
    const noStatus = `<entry><name>clouds</name><enabled>yes</enabled><dest-ip><entry><addr>1.1.1.1</addr></entry></dest-ip></entry>`;
    const check = await pathCheck(monitoring(`<groups>${group("default", [noStatus])}</groups>`));
    expect(check.status).toBe("error");
    expect(check.detail).toMatch(/status/);
  });

  test("a group with no enabled destination group monitors nothing: fail", async () => {
    const disabled = UP.replace("<enabled>yes</enabled>", "<enabled>no</enabled>");
    const check = await pathCheck(monitoring(`<groups>${group("default", [disabled])}</groups>`));
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/no enabled destination group/);
  });

  test("a failed group and an unreadable one: the failure is reported (fail beats error)", async () => {
    const noStatus = `<entry><name>x</name><enabled>yes</enabled><dest-ip><entry><addr>1.1.1.1</addr></entry></dest-ip></entry>`;
    const check = await pathCheck(monitoring(`<groups>${group("a", [ONE_DOWN])}${group("b", [noStatus])}</groups>`));
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/169\.254\.100\.1 down/);
  });
});
