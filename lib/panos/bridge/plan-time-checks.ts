import { Fn, Token, Tokenization, type IResolvable, type Precondition } from "cdktf";
import { rawExpressionIssue } from "../../core/shape";
import { hasRawExpression } from "../../core/tokens";
import { Issues } from "../../core/validation-error";
import type { XmlSpec } from "../../xmlspec/spec";

/** RE2 (Terraform `regex`) for a dotted quad; no backslashes or quotes, so it survives HCL quoting. */
const DOTTED_QUAD = "^[0-9]{1,3}([.][0-9]{1,3}){3}$";

/**
 * A raw `${…}` in a spec would be replaced by Terraform with a value no check has seen (markup
 * included): refused at `path`. The props' shapes refuse it first; this is the last gate.
 */
export function refuseRawExpressions(path: string, spec: XmlSpec): void {
  const issues = new Issues(path);
  spec.operations.forEach((op, i) => {
    if (op.element !== undefined && hasRawExpression(op.element)) {
      issues.addAll(rawExpressionIssue(`spec.operations[${i}].element`, op.element));
    }
  });
  issues.throwIfAny();
}

/**
 * Plan-time values cannot be XML-escaped at synth time. Every one the specs carry is an IPv4
 * address or netmask (names and numbers must be literals), so Terraform checks that each really is
 * a dotted quad before the provisioner runs: the plan fails instead of sending broken XML.
 */
export function planTimeSpecChecks(specs: readonly XmlSpec[]): Precondition[] {
  const seen = new Set<IResolvable>();
  const checks: Precondition[] = [];
  for (const spec of specs) {
    for (const op of spec.operations) {
      if (op.element === undefined) continue;
      for (const token of Tokenization.reverseString(op.element).tokens) {
        if (seen.has(token)) continue;
        seen.add(token);
        checks.push({
          condition: Fn.can(Fn.regex(DOTTED_QUAD, Token.asString(token))),
          errorMessage: `A value known only at plan time in the "${spec.name}" XML spec is not an IPv4 address; the spec writes it into the PAN-OS configuration.`,
        });
      }
    }
  }
  return checks;
}
