import { Issues, ValidationError } from "../../lib/core/validation-error";
import { integerInRange, ipv4Interface, oneOf } from "../../lib/core/rules";
import { Token } from "cdktf";

describe("ValidationError", () => {
  test("names the path, prop, value, what is allowed and the fix", () => {
    const issues = new Issues("app/network/mve-a");
    issues.add(integerInRange("contractTermMonths", 61, 1, 60, "use a Megaport term"));
    expect(() => issues.throwIfAny()).toThrow(ValidationError);
    try {
      issues.throwIfAny();
    } catch (e) {
      expect(ValidationError.isValidationError(e)).toBe(true);
      const err = e as ValidationError;
      expect(err.constructPath).toBe("app/network/mve-a");
      expect(err.message).toBe(
        "app/network/mve-a: contractTermMonths = 61: must be an integer from 1 to 60. Allowed: 1..60. Fix: use a Megaport term.",
      );
    }
  });

  test("reports every issue at once", () => {
    const issues = new Issues("p").addAll([
      oneOf("zone", "green", ["red", "blue"], "pick one"),
      ipv4Interface("address", "10.0.0.0/24", "use a host address"),
      integerInRange("ok", 5, 1, 10, "n/a"),
    ]);
    expect(issues.list).toHaveLength(2);
    expect(() => issues.throwIfAny()).toThrow(
      /2 problems:\n {2}p: zone = "green"[^\n]*\n {2}p: address = "10.0.0.0\/24": is the network or broadcast/,
    );
  });

  test("its stack is its message: a props mistake is not a program fault, frames would only bury it", () => {
    const err = new ValidationError([
      { path: "p", prop: "x", value: 1, problem: "is wrong", allowed: "2", fix: "use 2" },
    ]);
    expect(err.stack).toBe(`ValidationError: ${err.message}`);
    expect(err.stack).not.toMatch(/\n\s+at /);
  });

  test("rules skip tokens, which are only known at plan time", () => {
    expect(integerInRange("n", Token.asNumber("${var.n}"), 1, 2, "x")).toBeUndefined();
    expect(ipv4Interface("a", Token.asString({ resolve: () => "${var.a}" }), "x")).toBeUndefined();
  });

  test("a raw ${…} typed into a string is not a token: the rules check it as the literal it is", () => {
    expect(ipv4Interface("a", "${var.a}", "x")?.problem).toBe("is not an IPv4 interface address with prefix length");
  });
});
