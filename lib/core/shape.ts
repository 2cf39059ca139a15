/**
 * The shape layer: what each prop must be at run time (type, presence, enum membership, whether a
 * token is allowed), checked at the entry of each public construct before its semantic rules.
 * Props come from TypeScript and from plain JavaScript alike, so a value may be anything; a shape
 * reports every mismatch as an issue with the prop path as the user wrote it
 * (`cloudConnections[1].vlan`) and never throws. A props interface is described by one table of
 * these small shapes (see lib/pattern/pair-shape.ts).
 */
import { closestName } from "./suggest";
import { hasRawExpression, isUnresolved } from "./tokens";
import type { RuleIssue } from "./validation-error";

/** Checks one value found at `prop`; returns what is wrong with it (nothing when it fits). */
export type Shape = ((value: unknown, prop: string) => RuleIssue[]) & {
  readonly optional?: boolean;
  /** An example value, for the message when a required prop is missing. */
  readonly example?: string;
};

/** Prop path of a field below `prop`. */
export function fieldOf(prop: string, key: string): string {
  return prop === "" ? key : `${prop}.${key}`;
}

/** Describes what a value is, for messages ("a string", "null", "NaN"). */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : Number.isFinite(value) ? "a number" : "infinite";
  if (typeof value === "object") return "an object";
  return typeof value === "undefined" ? "undefined" : `a ${typeof value}`;
}

function shown(value: unknown): unknown {
  return typeof value === "string" && value.length > 64
    ? `${value.slice(0, 61)}... (${value.length} characters)`
    : value;
}

function problem(prop: string, value: unknown, what: string, allowed: string, fix: string): RuleIssue[] {
  return [{ prop, value: shown(value), problem: what, allowed, fix }];
}

/** A field that may be left out (`undefined`); `null` is not leaving it out. */
export function optional(shape: Shape): Shape {
  const wrapped = ((value: unknown, prop: string) => shape(value, prop)) as Shape;
  return Object.assign(wrapped, { optional: true });
}

/** A required field with an example for the "is required" message. */
export function example(shape: Shape, text: string): Shape {
  const wrapped = ((value: unknown, prop: string) => shape(value, prop)) as Shape;
  return Object.assign(wrapped, { example: text });
}

/** The message for a raw `${…}` in a string prop: Terraform would substitute what nothing checked. */
export function rawExpressionIssue(prop: string, value: unknown): RuleIssue[] {
  return problem(
    prop,
    value,
    "holds a raw Terraform expression (${…}), which Terraform would replace at plan time with a value no check has seen",
    "a literal, a cdktf token, or variable(...) where the prop accepts one",
    'use variable("name") (or a TerraformVariable\'s value) instead of writing ${…} into the string',
  );
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Options of a string prop. */
export interface TextOptions {
  /** What to do about a wrong value. */
  readonly fix: string;
  /** What the string is, e.g. "an IPv4 address". @default "a string" */
  readonly what?: string;
  /** Accept cdktf tokens (values known at plan time; checked then). @default false */
  readonly tokens?: boolean;
  /** Shortest length. @default 1 */
  readonly min?: number;
  /** Longest length. @default 1024 */
  readonly max?: number;
  /** The literal must match. */
  readonly pattern?: RegExp;
}

/** A string: never a raw `${…}`, no control characters, bounded length, a token only when allowed. */
export function text(options: TextOptions): Shape {
  const { fix, what = "a string", min = 1, max = 1024 } = options;
  const allowed = `${what}${options.tokens ? " (or a cdktf token)" : ""}, ${min}..${max} characters`;
  return (value, prop) => {
    if (typeof value !== "string") return problem(prop, value, `is ${kindOf(value)}, not a string`, allowed, fix);
    if (hasRawExpression(value)) return rawExpressionIssue(prop, value);
    if (isUnresolved(value)) {
      if (options.tokens) return [];
      return problem(prop, value, "is known only at plan time (a token), but it must be known at synth", allowed, fix);
    }
    if (CONTROL.test(value)) return problem(prop, value, "holds control characters (NUL, newline, ...)", allowed, fix);
    if (value.length > max) return problem(prop, value, `is ${value.length} characters long`, allowed, fix);
    if (value.trim().length < min) return problem(prop, value, "is empty", allowed, fix);
    if (options.pattern && !options.pattern.test(value)) return problem(prop, value, `is not ${what}`, allowed, fix);
    return [];
  };
}

/** Options of a number prop. */
export interface NumberOptions {
  readonly fix: string;
  /** What the number is, e.g. "a VLAN ID". @default "a number" */
  readonly what?: string;
  /** Whole numbers only. @default true */
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Accept cdktf number tokens. @default false */
  readonly tokens?: boolean;
}

/** A finite number (whole unless told otherwise), optionally in [min, max]. */
export function number(options: NumberOptions): Shape {
  const { fix, what = "a number", integer = true, min, max } = options;
  const range =
    min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` ≥ ${min}` : "";
  // The same `min..max` the semantic range rules print, so a message does not depend on which layer spoke.
  const allowed =
    min !== undefined && max !== undefined
      ? `${min}..${max}`
      : `${integer ? "a whole number" : "a number"}${range}${options.tokens ? " (or a cdktf token)" : ""}`;
  return (value, prop) => {
    if (typeof value !== "number") {
      const given = typeof value === "string" ? "is a string, not a number" : `is ${kindOf(value)}, not a number`;
      return problem(prop, value, given, allowed, fix);
    }
    if (isUnresolved(value)) {
      if (options.tokens) return [];
      return problem(prop, value, "is known only at plan time (a token), but it must be known at synth", allowed, fix);
    }
    if (!Number.isFinite(value)) return problem(prop, value, `is ${kindOf(value)}, not a finite number`, allowed, fix);
    if (integer && !Number.isInteger(value)) return problem(prop, value, "is not a whole number", allowed, fix);
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      return problem(prop, value, `must be ${what}${range}`, allowed, fix);
    }
    return [];
  };
}

/** `true` or `false`, nothing else: `"false"` and `"no"` are truthy strings, not booleans. */
export function boolean(fix = "write true or false without quotes"): Shape {
  return (value, prop) =>
    typeof value === "boolean" ? [] : problem(prop, value, `is ${kindOf(value)}, not a boolean`, "true or false", fix);
}

/** One of a fixed table of literals (enum values may become XML tag names, so never a token). */
export function oneOf(values: readonly (string | number)[], fix: string): Shape {
  const allowed = values.map((v) => JSON.stringify(v)).join(", ");
  return (value, prop) => {
    if (typeof value === "string" && hasRawExpression(value)) return rawExpressionIssue(prop, value);
    if (isUnresolved(value))
      return problem(prop, value, "is a token; it must be one of the fixed values", allowed, fix);
    if (values.includes(value as string | number)) return [];
    return problem(prop, value, "is not one of the allowed values", allowed, fix);
  };
}

/** Options of a list prop. */
export interface ListOptions {
  readonly fix: string;
  /** @default 0 */
  readonly min?: number;
  /** @default 1000 */
  readonly max?: number;
  /** Items must differ (compared by this key; tokens are skipped). */
  readonly uniqueBy?: (item: unknown) => unknown;
}

/** An array whose items each fit `item`, with a bounded count and, optionally, distinct items. */
export function list(item: Shape, options: ListOptions): Shape {
  const { fix, min = 0, max = 1000 } = options;
  const allowed = min === max ? `exactly ${min}` : `${min} to ${max}`;
  return (value, prop) => {
    if (!Array.isArray(value)) return problem(prop, value, `is ${kindOf(value)}, not a list`, allowed, fix);
    if (value.length < min || value.length > max) {
      return problem(prop, value, `has ${value.length} item(s)`, allowed, fix);
    }
    const issues = value.flatMap((v, i) => item(v, `${prop}[${i}]`));
    if (issues.length > 0 || !options.uniqueBy) return issues;
    const seen = new Map<unknown, number>();
    value.forEach((v, i) => {
      const key = options.uniqueBy?.(v);
      if (key === undefined || isUnresolved(key)) return;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else issues.push(...problem(`${prop}[${i}]`, v, `repeats ${prop}[${first}]`, "distinct items", fix));
    });
    return issues;
  };
}

/** A plain object with these fields (a field not marked `optional` must be given). */
export function record(
  fields: Readonly<Record<string, Shape>>,
  fix = "give an object with the documented fields",
): Shape {
  return (value, prop) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return problem(prop, value, `is ${kindOf(value)}, not an object`, `{ ${Object.keys(fields).join(", ")} }`, fix);
    }
    const given = value as Record<string, unknown>;
    const known = Object.entries(fields).flatMap(([key, shape]) => {
      const at = fieldOf(prop, key);
      if (given[key] !== undefined) return shape(given[key], at);
      if (shape.optional) return [];
      const fix = shape.example === undefined ? `give ${at}` : `give ${at}, e.g. ${shape.example}`;
      return problem(at, undefined, "is required", "a value (see the props' documentation)", fix);
    });
    return [...known, ...unknownFields(given, Object.keys(fields), prop)];
  };
}

/**
 * Fields the table does not know: a typo (`waitTimeMinute`) would otherwise leave the default the
 * user meant to change in place, silently. A field set to `undefined` is a field left out.
 */
function unknownFields(given: Record<string, unknown>, known: readonly string[], prop: string): RuleIssue[] {
  return Object.keys(given)
    .filter((key) => !known.includes(key) && given[key] !== undefined)
    .flatMap((key) => {
      const meant = closestName(key, known);
      const fix =
        meant === undefined
          ? `remove ${fieldOf(prop, key)}, or use one of the props listed`
          : `did you mean ${fieldOf(prop, meant)}? Rename it`;
      return problem(fieldOf(prop, key), given[key], "is not a known prop", known.join(", "), fix);
    });
}

/** A string-keyed map whose values fit `item` (e.g. resource tags). */
export function dictionary(item: Shape, key: Shape, fix: string): Shape {
  return (value, prop) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return problem(prop, value, `is ${kindOf(value)}, not an object`, "{ name: value, ... }", fix);
    }
    return Object.entries(value).flatMap(([k, v]) => [...key(k, fieldOf(prop, k)), ...item(v, fieldOf(prop, k))]);
  };
}

/** Exactly one of `keys` set on an object that `shape` checks (e.g. a location by id or by name). */
export function exactlyOne(keys: readonly string[], shape: Shape, allowed: string, fix: string): Shape {
  return (value, prop) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return shape(value, prop);
    // An ambiguous selector is reported alone: which of its fields matters is the user's choice.
    const given = keys.filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    if (given.length !== 1) return problem(prop, value, `must name exactly one of ${keys.join(" or ")}`, allowed, fix);
    return shape(value, prop);
  };
}

/** `false`, or a value that fits `shape` (e.g. HA1-backup addresses or `false` for none). */
export function orFalse(shape: Shape): Shape {
  return (value, prop) => (value === false ? [] : shape(value, prop));
}

/** A function (e.g. a backend callback). */
export function func(fix: string): Shape {
  return (value, prop) =>
    typeof value === "function" ? [] : problem(prop, value, `is ${kindOf(value)}, not a function`, "a function", fix);
}

/**
 * Runs `shape` on a construct's whole props. Fields are named from the top (`sites[0].location`);
 * the props object itself, when it is not one, is called `top`.
 */
export function shapeIssues(value: unknown, shape: Shape, top = "props"): RuleIssue[] {
  return shape(value, "").map((issue) => (issue.prop === "" ? { ...issue, prop: top } : issue));
}
