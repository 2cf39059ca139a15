import { Token } from "cdktf";
import { fingerprint, fingerprintTriggers } from "../../lib/panos/bridge/fingerprint";

const token = (expression: string) => Token.asString({ resolve: () => expression });

describe("fingerprint", () => {
  test("literal models hash by content, whatever the key order", () => {
    const a = fingerprint({ b: 1, a: ["x", { d: true, c: undefined }] });
    const b = fingerprint({ a: ["x", { d: true }], b: 1 });
    expect(a).toEqual(b);
    expect(a.planTimeValues).toEqual([]);
    expect(fingerprint({ a: ["y", { d: true }], b: 1 }).sha256).not.toBe(a.sha256);
    expect(fingerprintTriggers(a)).toEqual({ sha256: a.sha256 });
  });

  test("tokens become plan-time values; the literal text around them still counts", () => {
    const peer = token("var.peer");
    const print = fingerprint({ xml: `<peer-ip>${peer}</peer-ip>`, host: peer });
    expect(print.planTimeValues).toEqual([peer, peer]);
    expect(fingerprint({ xml: `<peer-ip-backup>${peer}</peer-ip-backup>`, host: peer }).sha256).not.toBe(print.sha256);
    expect(fingerprintTriggers(print)).toEqual({ sha256: print.sha256, plan_time_values: [peer, peer] });
  });

  test("the hash does not depend on token numbering, only on where plan-time values sit", () => {
    const first = fingerprint({ host: token("var.a") });
    token("unrelated");
    const second = fingerprint({ host: token("var.b") });
    expect(second.sha256).toBe(first.sha256);
    expect(second.planTimeValues).not.toEqual(first.planTimeValues);
  });

  test("a raw Terraform interpolation is one plan-time value", () => {
    expect(fingerprint({ host: "${var.host}" }).planTimeValues).toEqual(["${var.host}"]);
  });
});
