/**
 * The shape layer of the Megaport constructs (issue 9 items 7-10, issue 10): wrong types, raw
 * `${…}` and malformed image versions are ValidationErrors naming the prop.
 */
import { AwsConnection, HaLink, PaloAltoMve } from "../../lib/megaport";
import { ValidationError } from "../../lib/core/validation-error";
import { mvePair, mveProps, newStack } from "./fixtures";

function problems(build: () => unknown): string[] {
  try {
    build();
  } catch (e) {
    if (ValidationError.isValidationError(e)) return e.issues.map((i) => `${i.prop}: ${i.problem}`);
    throw e;
  }
  throw new Error("expected a ValidationError, but the construct was built");
}

describe("PaloAltoMve", () => {
  test('image: { version: "abc" } is refused with the shape of a PAN-OS release', () => {
    const stack = newStack();
    expect(problems(() => new PaloAltoMve(stack, "mve", mveProps(stack, { image: { version: "abc" } })))).toEqual([
      "image.version: is not a PAN-OS release such as 10.2.9-h1 or 11.2.3",
    ]);
  });

  test('sshPublicKey: 42 and preventDestroy: "false" are ValidationErrors', () => {
    const stack = newStack();
    const props = mveProps(stack, { sshPublicKey: 42 as never, preventDestroy: "false" as never });
    expect(problems(() => new PaloAltoMve(stack, "mve", props))).toEqual([
      "preventDestroy: is a string, not a boolean",
      "sshPublicKey: is a number, not a string",
    ]);
  });

  test("a raw ${…} admin password hash is refused", () => {
    const stack = newStack();
    const props = mveProps(stack, { adminPasswordHash: "${var.hash}" });
    expect(problems(() => new PaloAltoMve(stack, "mve", props))).toEqual([
      expect.stringMatching(/^adminPasswordHash: holds a raw Terraform expression/),
    ]);
  });
});

describe("VXCs", () => {
  test('an HA link rate of "1000" says it must be a number', () => {
    const stack = newStack();
    const mves = mvePair(stack);
    expect(problems(() => new HaLink(stack, "ha1", { role: "ha1", mves, rateLimitMbps: "1000" as never }))).toEqual([
      "rateLimitMbps: is a string, not a number",
    ]);
  });

  test("an AWS region of 42 is a ValidationError", () => {
    const stack = newStack();
    const [mve] = mvePair(stack);
    const connection = new AwsConnection({
      name: "aws",
      vlan: 100,
      rateLimitMbps: 1000,
      type: "hosted-connection",
      region: 42 as never,
      ownerAccount: "123456789012",
    });
    expect(problems(() => connection.attach(stack, "aws-0", { mve, partnerPort: { locationId: 3 } }))).toEqual([
      "region: is a number, not a string",
    ]);
  });
});
