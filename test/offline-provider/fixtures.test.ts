import * as path from "node:path";
import { NumberText, record, TypedValue, UNKNOWN } from "../../tools/offline-provider/cty/types";
import {
  findFixture,
  fixtureKey,
  matchesSubset,
  parseFixtures,
  readFixtures,
  unknownFixtureKeys,
} from "../../tools/offline-provider/provider/fixtures";
import { loadProviderSchema } from "../../tools/offline-provider/schema/json-schema";

const object = (entries: Record<string, unknown>) => Object.assign(record(), entries);

describe("fixture file", () => {
  test("entries are checked: list per key, `set` required, only when/set/comment allowed", () => {
    expect(() => parseFixtures([], "f.json")).toThrow("fixture file f.json: the top level must be an object");
    expect(() => parseFixtures({ megaport_mve: {} }, "f.json")).toThrow('"megaport_mve" must be a list of entries');
    expect(() => parseFixtures({ megaport_mve: [{ when: {} }] }, "f.json")).toThrow(
      "megaport_mve[0].set must be an object",
    );
    expect(() => parseFixtures({ megaport_mve: [{ set: {}, values: {} }] }, "f.json")).toThrow('unknown key "values"');
    expect(() => parseFixtures({ megaport_mve: [{ set: {}, when: 3 }] }, "f.json")).toThrow(".when must be an object");
    const fixtures = parseFixtures(
      { $comment: "ignored", megaport_mve: [{ comment: "c", set: { product_uid: "u" } }] },
      "f.json",
    );
    expect([...fixtures.keys()]).toEqual(["megaport_mve"]);
  });

  test("keys must name a resource type or data.<data source type> of a pinned provider", () => {
    const schemas = ["megaport", "panos"].map(
      (name) => loadProviderSchema(path.resolve(__dirname, `../../schemas/${name}.json`)).schema,
    );
    const fixtures = parseFixtures(
      {
        megaport_mve: [],
        "data.megaport_location": [],
        megaport_location: [],
        "data.panos_zone": [],
        panos_zone: [],
        "data.megaport_mve": [],
      },
      "f.json",
    );
    expect(unknownFixtureKeys(fixtures, schemas)).toEqual(["megaport_location", "data.megaport_mve"]);
    expect(fixtureKey("data", "megaport_location")).toBe("data.megaport_location");
  });

  test("the example fixture file of the test suite is valid", () => {
    const fixtures = readFixtures(path.resolve(__dirname, "../terraform/fixtures/offline-fixtures.json"));
    expect(fixtures.get("data.megaport_location")).toHaveLength(2);
    expect(() => readFixtures("/nonexistent/fixtures.json")).toThrow("fixture file /nonexistent/fixtures.json");
  });

  test("the first entry whose `when` matches wins", () => {
    const fixtures = parseFixtures(
      { "data.megaport_location": [{ when: { id: 2 }, set: { metro: "Melbourne" } }, { set: { metro: "Sydney" } }] },
      "f.json",
    );
    expect(findFixture(fixtures, "data.megaport_location", object({ id: 2, name: null }))).toEqual({
      metro: "Melbourne",
    });
    expect(findFixture(fixtures, "data.megaport_location", object({ id: 1, name: null }))).toEqual({ metro: "Sydney" });
    expect(findFixture(fixtures, "megaport_mve", object({}))).toBeUndefined();
  });
});

describe("deep-subset matching", () => {
  const config = object({
    product_name: "fw-0",
    rate: new NumberText("0.5"),
    big: 2n ** 60n,
    b_end_partner_config: object({ partner: "transit", aws_config: null }),
    vnics: [object({ description: "mgmt" }), object({ description: "data" })],
    anything: new TypedValue("string", "x"),
    pending: UNKNOWN,
  });

  test.each([
    [{}, true],
    [{ product_name: "fw-0" }, true],
    [{ product_name: "fw-1" }, false],
    [{ b_end_partner_config: { partner: "transit" } }, true],
    [{ b_end_partner_config: { aws_config: null } }, true],
    [{ b_end_partner_config: { partner: "aws" } }, false],
    [{ vnics: [{ description: "data" }] }, true],
    [{ vnics: [{ description: "ha1" }] }, false],
    [{ rate: 0.5 }, true],
    [{ big: 2 ** 60 }, true],
    [{ anything: "x" }, true],
    [{ pending: "x" }, false],
    [{ no_such_attribute: null }, false],
  ])("%j matches: %s", (pattern, expected) => {
    expect(matchesSubset(pattern, config)).toBe(expected);
  });
});
