/**
 * A prop name the constructs do not know (a typo such as `waitTimeMinute`) is a ValidationError
 * naming it and the prop it most likely meant, not silently ignored: an untyped app, or a typed one
 * that builds props from JSON, would otherwise deploy the default it meant to change.
 */
import { Testing } from "cdktf";
import type { ValidationError } from "../../lib/core/validation-error";
import { PaloAltoMve } from "../../lib/megaport";
import { PaloAltoHaPair, type PaloAltoHaPairProps } from "../../lib/pattern";
import { awsConnection, pairProps, synthPair, validationErrorOf } from "./fixtures";
import { mveProps, newStack } from "../megaport/fixtures";

type Loose = Record<string, unknown>;

function pairError(props: Loose): ValidationError {
  return validationErrorOf(() => new PaloAltoHaPair(Testing.app(), "syd", props as unknown as PaloAltoHaPairProps));
}

function issueAt(error: ValidationError, prop: string) {
  const issue = error.issues.find((i) => i.prop === prop);
  if (issue === undefined) throw new Error(`no issue names ${prop}: ${error.issues.map((i) => i.prop).join(", ")}`);
  return issue;
}

describe("unknown prop names are reported, with the name that was probably meant", () => {
  test("a typo in a nested prop (megaport.waitTimeMinute) names it and suggests waitTimeMinutes", () => {
    const error = pairError({ ...pairProps(), megaport: { waitTimeMinute: 45 } });
    const issue = issueAt(error, "megaport.waitTimeMinute");
    expect(issue.problem).toMatch(/not a known prop/);
    expect(issue.fix).toMatch(/megaport\.waitTimeMinutes/);
  });

  test("a typo at the top (stackPrefx) and a wrong case (PreventDestroy) are both reported at once", () => {
    const error = pairError({ ...pairProps(), stackPrefx: "syd-", PreventDestroy: false });
    expect(issueAt(error, "stackPrefx").fix).toMatch(/\bstackPrefix\b/);
    expect(issueAt(error, "PreventDestroy").fix).toMatch(/\bpreventDestroy\b/);
  });

  test("a name nothing resembles lists the known props instead of guessing", () => {
    const error = pairError({ ...pairProps(), haLinks: { ha3RateLimitMbps: 5000, colour: "blue" } });
    const issue = issueAt(error, "haLinks.colour");
    expect(issue.allowed).toMatch(/ha3RateLimitMbps/);
    expect(issue.allowed).toMatch(/ha1RateLimitMbps/);
    expect(issue.fix).not.toMatch(/did you mean/i);
  });

  test("inside a list item (sites[1].diversityzone) the path names the item", () => {
    const error = pairError({
      ...pairProps(),
      sites: [{ location: { id: 3 } }, { location: { id: 4 }, diversityzone: "blue" }],
    });
    expect(issueAt(error, "sites[1].diversityzone").fix).toMatch(/sites\[1\]\.diversityZone/);
  });

  test("a connection builder reports its own unknown props under the pair's path", () => {
    const connection = awsConnection({ rateLimitMbs: 500 } as never);
    const error = pairError({ ...pairProps(), cloudConnections: [connection] });
    expect(issueAt(error, "cloudConnections[0].rateLimitMbs").fix).toMatch(/rateLimitMbps/);
  });

  test("a connection's missing field is named from the pair in the fix too, not from the builder", () => {
    const error = pairError({
      ...pairProps(),
      cloudConnections: [awsConnection({ region: undefined } as never)],
    });
    expect(issueAt(error, "cloudConnections[0].region").fix).toMatch(/\bgive cloudConnections\[0\]\.region\b/);
  });

  test("the lower constructs check their props the same way", () => {
    const stack = newStack();
    const error = validationErrorOf(
      () => new PaloAltoMve(stack, "mve", { ...mveProps(stack), imageVersion: "11.1.2-h3" } as never),
    );
    expect(issueAt(error, "imageVersion").problem).toMatch(/not a known prop/);
  });

  test("a prop set to undefined is leaving it out, not an unknown prop", () => {
    expect(() => synthPair({ ...pairProps(), ...({ notAProp: undefined } as Loose) })).not.toThrow();
  });

  test("every documented optional prop of the pair is known (no false alarm on full props)", () => {
    const full: PaloAltoHaPairProps = pairProps({
      sites: [
        { location: { id: 3 }, diversityZone: "red", productName: "fw-0", licenseData: "auth-code" },
        { location: { id: 4 }, diversityZone: "blue", productName: "fw-1", licenseData: "auth-code" },
      ],
      haLinks: { ha3RateLimitMbps: 5000, ha1RateLimitMbps: 100, ha2RateLimitMbps: 1000 },
      management: {
        dnsServers: ["9.9.9.9"],
        internetRateLimitMbps: 20,
        jumboFrameMtu: 9000,
        hypervisorAssignedMacAddresses: true,
        api: { port: 443, protocol: "https", insecureSkipVerify: false, timeouts: { applySeconds: 600 } },
      },
      ha: {
        groupId: 7,
        description: "pair",
        election: { devicePriority: 90, preemptive: false, heartbeatBackup: true, timers: "recommended" },
        sessionOwnerSelection: "first-packet",
        sessionSetup: "ip-modulo",
        tentativeHoldTimeSeconds: 60,
        configurationSync: true,
        ha2Transport: "ethernet",
      },
      bgp: {
        localAsn: 65010,
        routerIds: ["10.0.0.1", "10.0.0.2"],
        bfd: { minTxIntervalMs: 300, minRxIntervalMs: 300, detectionMultiplier: 3 },
        ecmp: { enabled: true, maxPaths: 2 },
      },
      names: { virtualRouter: "vr-ha", zone: "clouds", managementProfile: "ping", bfdProfile: "bfd-ha" },
      securityRule: { enabled: true, name: "clouds-between" },
      megaport: { environment: "staging", waitTimeMinutes: 45 },
      contractTermMonths: 12,
      preventDestroy: false,
      resourceTags: { team: "net" },
      stackPrefix: "syd-",
      cli: "mve-ha",
    });
    expect(() => synthPair(full)).not.toThrow();
  });
});
