/** What the package's entry point (`main`: lib/index.ts compiled) offers, and what it keeps internal. */
import * as api from "../../lib";
import * as pairRules from "../../lib/pattern/pair-rules";
import * as megaportRules from "../../lib/megaport/rules";

test("the constructs, connection builders, error class and app runner are public", () => {
  for (const name of [
    "PaloAltoHaPair",
    "aws",
    "azure",
    "partnerPort",
    "google",
    "oracle",
    "mcr",
    "internetBreakout",
    "variable",
    "ValidationError",
    "synthApp",
    "PaloAltoMve",
    "HaLink",
    "ManagementInternet",
    "PaloAltoFirewallConfig",
    "DevicePreparation",
    "MVE_SIZES",
  ]) {
    expect(api).toHaveProperty(name);
  }
});

test("the synth-time rule helpers are internal", () => {
  const internal = [
    ...Object.keys(pairRules),
    ...Object.keys(megaportRules).filter(
      (name) => typeof (megaportRules as Record<string, unknown>)[name] === "function",
    ),
    "checkProductOptions",
    "productArguments",
    "preventsDestroy",
    "throwShapeIssues",
    "connectionNameShape",
    "tokenSecret",
    "bgpIndexOf",
    "pairIndexOf",
    "readable",
    "BGP_FIELDS",
    "withDefaults",
    "withoutFirewalls",
    "lazyConnection",
    "withFirewallBgp",
  ];
  expect(internal.length).toBeGreaterThan(10);
  expect(internal.filter((name) => name in api)).toEqual([]);
});
