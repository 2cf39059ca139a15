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
  ])("rejects %s", (_name, json, message) => {
    expect(() => parseSpec(json)).toThrow(SpecError);
    expect(() => parseSpec(json)).toThrow(message);
  });
});
