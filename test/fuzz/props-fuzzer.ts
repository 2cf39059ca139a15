/**
 * A seeded props fuzzer for PaloAltoHaPair. Each case takes the guide example's props, applies 1-3
 * mutations from the per-field pools (fields.ts), builds the pair, and compares the outcome with
 * the oracle (oracle.ts):
 * - a ValidationError is right when the oracle finds the draft invalid and an issue names one of
 *   the props the oracle blames;
 * - a built pair is right when the oracle finds nothing invalid; a sample of those is synthesized
 *   (all three stacks) and the JSON must hold no `undefined`, `NaN`, `Infinity` or `[object Object]`;
 * - anything else (another exception, a silent invalid synth, a valid draft refused) is a bug,
 *   reported with the seed and case number that reproduce it.
 */
import { App, Testing } from "cdktf";
import { ValidationError } from "../../lib/core/validation-error";
import { PaloAltoHaPair, aws, azure, type PaloAltoHaPairProps } from "../../lib/pattern";
import {
  CONNECTION_KIND,
  FIELDS,
  HOSTILE,
  baseDraft,
  pick,
  random,
  type Draft,
  type FuzzField,
  type Random,
} from "./fields";
import { invalidReasons, type Reason } from "./oracle";

/** What one case did. */
export type Outcome = "valid-synth" | "valid-built" | "validation-error" | "bug";

export interface CaseResult {
  readonly index: number;
  readonly outcome: Outcome;
  readonly mutations: ReadonlyArray<{ path: string; value: string }>;
  readonly bug?: string;
}

export interface FuzzSummary {
  readonly seed: number;
  readonly cases: number;
  readonly validSynths: number;
  readonly validBuilt: number;
  readonly validationErrors: number;
  readonly bugs: readonly CaseResult[];
  readonly milliseconds: number;
}

function describe(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...(${value.length})` : value);
  if (typeof value === "number" || value === undefined) return String(value);
  if (value !== null && typeof value === "object" && "name" in value && "sensitive" in value)
    return `variable(${JSON.stringify((value as { name: string }).name)})`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The field's own values: boundaries on both sides, valid alternatives, near misses. */
function ownValues(field: FuzzField): readonly unknown[] {
  const k = field.kind;
  switch (k.kind) {
    case "int":
      return [k.min, k.max, k.min - 1, k.max + 1, k.min + 0.5, String(k.min), ...(k.alternatives ?? [])];
    case "bool":
      return [true, false, "true", "no", 1];
    case "enum":
      return [...k.values, String(k.values[0]).toUpperCase()];
    case "values":
      return k.values;
  }
}

/** A copy of a pool value, so that a case that writes into it leaves the pool as it was. */
function fresh(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fresh);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fresh(v)]));
  }
  return value;
}

/** Half the time a hostile value (wrong type, markup, NUL, 1 MB, `${…}`), else one of the field's own. */
function valueFor(rng: Random, field: FuzzField): unknown {
  return fresh(rng() < 0.5 ? pick(rng, HOSTILE) : pick(rng, ownValues(field)));
}

/** Sets `value` at `path`, creating plain objects on the way (a path through a non-object is skipped). */
function setAt(draft: Draft, path: string, value: unknown): void {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let node: Record<string, unknown> = draft;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === undefined) node[key] = {};
    const next = node[key];
    if (typeof next !== "object" || next === null) return;
    node = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** The props the user would write: connections built with their builders. */
function propsOf(draft: Draft): PaloAltoHaPairProps {
  const connections = draft.cloudConnections;
  const built = Array.isArray(connections)
    ? connections.map((c) => {
        const kind = typeof c === "object" && c !== null ? CONNECTION_KIND.get(c) : undefined;
        return kind === "aws" ? aws(c as never) : kind === "azure" ? azure(c as never) : c;
      })
    : connections;
  return { ...draft, cloudConnections: built } as PaloAltoHaPairProps;
}

/** True when an issue prop is, contains or lies under one of the blamed paths. */
function names(issueProp: string, reasons: readonly Reason[]): boolean {
  const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
  return reasons.some((r) => r.paths.some((p) => related(issueProp, p) || related(p, issueProp)));
}

const SYNTH_NOISE = /"undefined"|\bundefined\b|\bNaN\b|Infinity|\[object Object\]/;

/**
 * cdktf records a full stack trace for every token it creates, which is most of the cost of
 * building a pair; a fuzz case never reads them, so plain-object traces are skipped while the
 * fuzzer runs (real Errors keep theirs).
 */
function withCheapTraces<T>(run: () => T): T {
  const original = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, frames) =>
    error instanceof Error
      ? original
        ? original(error, frames)
        : `${error.name}: ${error.message}\n    at ${frames.join("\n    at ")}`
      : "";
  try {
    return run();
  } finally {
    Error.prepareStackTrace = original;
  }
}

/** Runs case `index` of the fuzz run with `seed`. */
export function runCase(seed: number, index: number, synth: boolean): CaseResult {
  const rng: Random = random((seed * 1_000_003 + index) >>> 0);
  const draft = baseDraft();
  const mutations: Array<{ path: string; value: string }> = [];
  const count = 1 + Math.floor(rng() * 3);
  for (let m = 0; m < count; m++) {
    const field = pick(rng, FIELDS);
    const value = valueFor(rng, field);
    setAt(draft, field.path, value);
    mutations.push({ path: field.path, value: describe(value) });
  }
  const reasons = invalidReasons(draft);
  const result = (outcome: Outcome, bug?: string): CaseResult => ({ index, outcome, mutations, bug });
  let pair: PaloAltoHaPair;
  let app: App;
  try {
    app = Testing.app({ stackTraces: false });
    pair = withCheapTraces(() => new PaloAltoHaPair(app, "fuzz", propsOf(draft)));
  } catch (error) {
    if (!ValidationError.isValidationError(error)) return result("bug", `non-validation error: ${String(error)}`);
    if (reasons.length === 0) return result("bug", `valid props refused: ${error.message}`);
    if (!error.issues.some((i) => names(i.prop, reasons))) {
      return result("bug", `the error names none of ${reasons.flatMap((r) => r.paths).join(", ")}: ${error.message}`);
    }
    return result("validation-error");
  }
  if (reasons.length > 0) {
    return result("bug", `silent invalid synth: ${reasons.map((r) => `${r.paths.join("/")} (${r.why})`).join("; ")}`);
  }
  if (!synth) return result("valid-built");
  for (const stack of [pair.networkStack, ...pair.firewallStacks]) {
    let json: string;
    try {
      json = withCheapTraces(() => {
        stack.prepareStack();
        return Testing.synth(stack);
      });
    } catch (error) {
      return result("bug", `synth failed: ${String(error)}`);
    }
    const noise = SYNTH_NOISE.exec(json);
    if (noise) return result("bug", `synthesized ${stack.node.id} holds ${noise[0]}`);
  }
  return result("valid-synth");
}

/** Runs `cases` cases; synthesizes one valid case in `synthEvery` (1: every one). */
export function runFuzz(options: { seed: number; cases: number; synthEvery: number; first?: number }): FuzzSummary {
  const started = Date.now();
  const first = options.first ?? 0;
  let validSynths = 0;
  let validBuilt = 0;
  let validationErrors = 0;
  const bugs: CaseResult[] = [];
  for (let index = first; index < first + options.cases; index++) {
    const outcome = runCase(options.seed, index, (validSynths + validBuilt) % options.synthEvery === 0);
    if (outcome.outcome === "valid-synth") validSynths++;
    else if (outcome.outcome === "valid-built") validBuilt++;
    else if (outcome.outcome === "validation-error") validationErrors++;
    else bugs.push(outcome);
  }
  return {
    seed: options.seed,
    cases: options.cases,
    validSynths,
    validBuilt,
    validationErrors,
    bugs,
    milliseconds: Date.now() - started,
  };
}

/** The summary as a few lines, with a reproducible command per bug. */
export function formatSummary(summary: FuzzSummary): string {
  const lines = [
    `props fuzz: seed ${summary.seed}, ${summary.cases} cases in ${(summary.milliseconds / 1000).toFixed(1)} s`,
    `  valid and synthesized: ${summary.validSynths}; valid and built (synth skipped): ${summary.validBuilt}`,
    `  validation errors naming a mutated prop: ${summary.validationErrors}`,
    `  bugs: ${summary.bugs.length}`,
  ];
  for (const bug of summary.bugs.slice(0, 50)) {
    lines.push(
      `  BUG case ${bug.index} (npm run fuzz -- --seed ${summary.seed} --case ${bug.index}): ${bug.bug?.slice(0, 600)}`,
      `      mutations: ${bug.mutations.map((m) => `${m.path} = ${m.value}`).join("; ")}`,
    );
  }
  return lines.join("\n");
}
