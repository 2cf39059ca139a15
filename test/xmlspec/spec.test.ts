import { parseSpec, SpecError } from "../../lib/xmlspec/spec";

const valid = {
  version: 1,
  name: "ha",
  requiresReboot: false,
  operations: [{ action: "edit", xpath: "/config/devices/x", element: "<x/>" }],
};

describe("parseSpec", () => {
  test("accepts a well-formed spec", () => {
    expect(parseSpec(JSON.stringify(valid)).operations).toHaveLength(1);
  });

  test("keeps per-operation reboot flags", () => {
    const spec = parseSpec(
      JSON.stringify({
        ...valid,
        requiresReboot: true,
        operations: [{ ...valid.operations[0], requiresReboot: false }],
      }),
    );
    expect(spec.operations[0].requiresReboot).toBe(false);
  });

  test.each([
    ["not JSON", "{", /not valid JSON/],
    ["wrong version", JSON.stringify({ ...valid, version: 2 }), /version must be 1/],
    [
      "unknown action",
      JSON.stringify({ ...valid, operations: [{ action: "move", xpath: "/config/x" }] }),
      /action must be set, edit or delete/,
    ],
    [
      "relative xpath",
      JSON.stringify({ ...valid, operations: [{ action: "set", xpath: "x", element: "<a/>" }] }),
      /absolute path/,
    ],
    [
      "set without element",
      JSON.stringify({ ...valid, operations: [{ action: "set", xpath: "/config/x" }] }),
      /needs an element/,
    ],
    [
      "delete with element",
      JSON.stringify({ ...valid, operations: [{ action: "delete", xpath: "/config/x", element: "<a/>" }] }),
      /takes no element/,
    ],
    [
      "a non-boolean operation reboot flag",
      JSON.stringify({ ...valid, operations: [{ ...valid.operations[0], requiresReboot: "yes" }] }),
      /requiresReboot must be true or false/,
    ],
    [
      "an operation needing a reboot in a spec that does not",
      JSON.stringify({ ...valid, operations: [{ ...valid.operations[0], requiresReboot: true }] }),
      /requires a reboot, so the spec's requiresReboot must be true/,
    ],
  ])("rejects %s", (_name, json, message) => {
    expect(() => parseSpec(json)).toThrow(SpecError);
    expect(() => parseSpec(json)).toThrow(message);
  });
});
