import { Token } from "cdktf";

/**
 * True when `value` is (or contains) a cdktf token or a raw Terraform interpolation (`${…}`),
 * i.e. a value known only at plan or apply time that synth-time rules cannot check.
 */
export function isUnresolved(value: unknown): boolean {
  if (Token.isUnresolved(value)) return true;
  return typeof value === "string" && value.includes("${");
}

/** True when `value` is a literal that synth-time rules can check. */
export function isLiteral<T>(value: T | undefined): value is T {
  return value !== undefined && !isUnresolved(value);
}
