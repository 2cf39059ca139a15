import { encode } from "@msgpack/msgpack";
import { decodeMsgpack, encodeMsgpack } from "../../tools/offline-provider/cty/msgpack";
import {
  type CtyType,
  type CtyValue,
  NumberText,
  record,
  TypedValue,
  UNKNOWN,
  Unknown,
} from "../../tools/offline-provider/cty/types";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const fromHex = (text: string) => Buffer.from(text.replace(/\s+/g, ""), "hex");

function object(entries: Record<string, CtyValue>) {
  return Object.assign(record(), entries);
}

describe("cty msgpack codec", () => {
  test("a plain unknown is extension 0 with one zero byte (d4 00 00), in any type", () => {
    expect(hex(encodeMsgpack(UNKNOWN, "string"))).toBe("d40000");
    expect(hex(encodeMsgpack(UNKNOWN, ["list", "number"]))).toBe("d40000");
    expect(decodeMsgpack(fromHex("d40000"), ["object", { a: "string" }])).toBeInstanceOf(Unknown);
  });

  test("a refined unknown (extension 12) keeps its refinement payload byte for byte", () => {
    // ext8, 3 bytes, type 12: {1: false} = "definitely not null"
    const refined = fromHex("c7 03 0c 81 01 c2");
    const value = decodeMsgpack(refined, "string");
    expect(value).toBeInstanceOf(Unknown);
    expect(hex((value as Unknown).refinements ?? new Uint8Array())).toBe("8101c2");
    expect(hex(encodeMsgpack(value, "string"))).toBe(hex(refined));
  });

  test("an extension that is neither 0 nor 12 is rejected", () => {
    expect(() => decodeMsgpack(fromHex("d4 05 00"), "string")).toThrow("unsupported msgpack extension 5");
  });

  test("null is nil at any level; objects carry every attribute", () => {
    const type: CtyType = ["object", { name: "string", tags: ["map", "string"], inner: ["object", { n: "number" }] }];
    const value = object({ name: "fw", tags: null, inner: object({ n: null }) });
    const bytes = encodeMsgpack(value, type);
    expect(decodeMsgpack(bytes, type)).toEqual(value);
    expect(hex(encodeMsgpack(null, type))).toBe("c0");
  });

  test("lists, sets, maps and tuples round-trip with unknowns inside", () => {
    const type: CtyType = [
      "object",
      { l: ["list", "string"], s: ["set", "number"], m: ["map", "bool"], t: ["tuple", ["string", "number"]] },
    ];
    const value = object({ l: ["a", UNKNOWN], s: [1, 2], m: object({ x: true, y: UNKNOWN }), t: ["z", 3] });
    expect(decodeMsgpack(encodeMsgpack(value, type), type)).toEqual(value);
  });

  test("a dynamic value travels as [type JSON bytes, value] and decodes with that type", () => {
    const value = new TypedValue(
      ["object", { port: "number", tags: ["list", "string"] }],
      object({ port: 443, tags: ["a"] }),
    );
    const bytes = encodeMsgpack(value, "dynamic");
    const raw = fromHex(hex(bytes));
    expect(raw[0]).toBe(0x92); // fixarray of 2
    expect(raw[1]).toBe(0xc4); // bin 8: the type JSON
    expect(decodeMsgpack(bytes, "dynamic")).toEqual(value);
    // Terraform may also send the type JSON as a string
    expect(decodeMsgpack(encode(['"string"', "x"]), "dynamic")).toEqual(new TypedValue("string", "x"));
    expect(decodeMsgpack(fromHex("c0"), "dynamic")).toBeNull();
    expect(decodeMsgpack(fromHex("d40000"), "dynamic")).toBeInstanceOf(Unknown);
  });

  test("numbers: int64 beyond 2^53 stays exact as bigint, decimals cty sends as text stay text", () => {
    const big = 2n ** 62n + 1n;
    expect(decodeMsgpack(encodeMsgpack(big, "number"), "number")).toBe(big);
    // Go writes int64 (d3); a positive value goes back as uint64 (cf), which cty reads the same.
    expect(decodeMsgpack(fromHex("d3 40 00 00 00 00 00 00 01"), "number")).toBe(big);
    expect(hex(encodeMsgpack(big, "number"))).toBe("cf4000000000000001");
    expect(hex(encodeMsgpack(-big, "number"))).toBe("d3bfffffffffffffff");
    expect(decodeMsgpack(encode(2 ** 40), "number")).toBe(2 ** 40);
    const decimal = decodeMsgpack(encode("0.1"), "number");
    expect(decimal).toEqual(new NumberText("0.1"));
    expect(hex(encodeMsgpack(decimal, "number"))).toBe(hex(encode("0.1")));
    expect(decodeMsgpack(encode(1.5), "number")).toBe(1.5);
    expect(() => decodeMsgpack(encode("twelve"), "number")).toThrow("number is required");
  });

  test("mismatches name the attribute path", () => {
    const type: CtyType = ["object", { vnics: ["list", ["object", { vlan: "number" }]] }];
    expect(() => decodeMsgpack(encode({ vnics: [{ vlan: "x" }] }), type)).toThrow("vnics[0].vlan: number is required");
    expect(() => decodeMsgpack(encode({ vnics: [{ vlan: 1, colour: "red" }] }), type)).toThrow(
      'vnics[0]: unsupported attribute "colour"',
    );
    expect(() => decodeMsgpack(encode({ vnics: [{}], extra: 1 }), type)).toThrow('unsupported attribute "extra"');
    expect(() => encodeMsgpack(object({ vnics: [object({ vlan: "x" })] }), type)).toThrow(
      "vnics[0].vlan: number is required",
    );
    expect(() => encodeMsgpack(object({}), type)).toThrow("vnics: attribute is missing");
  });

  test("a map key that is special in JavaScript is an ordinary key", () => {
    const value = object({ ["__proto__"]: "x", constructor: "y" });
    const bytes = encodeMsgpack(value, ["map", "string"]);
    expect(Buffer.from(bytes).includes(Buffer.from("__proto__"))).toBe(true);
    expect(Object.keys(value)).toEqual(["__proto__", "constructor"]);
  });
});
