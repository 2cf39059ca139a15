import { Token, Tokenization } from "cdktf";

/**
 * True when `value` is (or contains) a cdktf token: a value known only at plan or apply time that
 * synth-time rules cannot check. A raw Terraform expression typed into a string (`"${var.x}"`) is
 * not a token: nothing checks or escapes what Terraform would substitute for it, so it is a
 * literal here, and the shape checks refuse it (see hasRawExpression).
 */
export function isUnresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/** True when `value` is a literal that synth-time rules can check. */
export function isLiteral<T>(value: T | undefined): value is T {
  return value !== undefined && !isUnresolved(value);
}

/**
 * True when a string holds a raw Terraform expression (`${…}` or `%{…}` outside cdktf's own token
 * markers): Terraform would evaluate it at plan time and substitute a value no synth-time check or
 * XML escaping has seen.
 */
export function hasRawExpression(value: string): boolean {
  if (!value.includes("${") && !value.includes("%{")) return false;
  const literals = Token.isUnresolved(value) ? Tokenization.reverseString(value).literals : [value];
  return literals.some((text) => typeof text === "string" && (text.includes("${") || text.includes("%{")));
}
