/** One thing wrong with the props, said the way a network engineer can act on it. */
export interface ValidationIssue {
  /** Construct path the prop belongs to, e.g. `guide-network/mve-a`. */
  readonly path: string;
  /** Prop path as the user wrote it, e.g. `cloudConnections[1].vlan`. */
  readonly prop: string;
  /** The value that was given. */
  readonly value: unknown;
  /** What is wrong with it. */
  readonly problem: string;
  /** What is allowed. */
  readonly allowed: string;
  /** How to fix it. */
  readonly fix: string;
}

const VALIDATION_ERROR = Symbol.for("cdktf-megaport-panos-ha.ValidationError");

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "undefined";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Formats one issue as a single line: path, prop, value, problem, allowed values, fix. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path}: ${issue.prop} = ${show(issue.value)}: ${issue.problem}. Allowed: ${issue.allowed}. Fix: ${issue.fix}.`;
}

/**
 * Thrown at construction (synth time) when props are invalid. Carries every issue found in one
 * validation pass, each with the construct path, so a user can fix them all at once.
 */
export class ValidationError extends Error {
  /** True for any ValidationError, also across copies of this package. */
  public static isValidationError(e: unknown): e is ValidationError {
    return typeof e === "object" && e !== null && VALIDATION_ERROR in e;
  }

  public readonly issues: readonly ValidationIssue[];

  public constructor(issues: readonly ValidationIssue[]) {
    const lines = issues.map(formatIssue);
    super(lines.length === 1 ? lines[0] : `${lines.length} problems:\n  ${lines.join("\n  ")}`);
    this.name = "ValidationError";
    // A props mistake is the user's input, not a fault in the program: the message names the
    // construct path and the prop, and stack frames would only bury it (Node prints `stack`).
    this.stack = `${this.name}: ${this.message}`;
    this.issues = issues;
    Object.defineProperty(this, VALIDATION_ERROR, { value: true });
  }

  /** Construct path of the first issue. */
  public get constructPath(): string {
    return this.issues[0]?.path ?? "";
  }
}

/** What a rule reports: the issue without the construct path, which the collector adds. */
export type RuleIssue = Omit<ValidationIssue, "path">;

/** Collects issues for one construct path and throws them together. */
export class Issues {
  private readonly found: ValidationIssue[] = [];

  public constructor(private readonly path: string) {}

  /** Records an issue when `issue` is defined (rules return undefined when the value is fine). */
  public add(issue: RuleIssue | undefined): this {
    if (issue) this.found.push({ path: this.path, ...issue });
    return this;
  }

  /** Records every issue in the list. */
  public addAll(issues: ReadonlyArray<RuleIssue | undefined>): this {
    for (const issue of issues) this.add(issue);
    return this;
  }

  /** The issues recorded so far. */
  public get list(): readonly ValidationIssue[] {
    return this.found;
  }

  /** Throws a ValidationError with every recorded issue, if there is any. */
  public throwIfAny(): void {
    if (this.found.length > 0) throw new ValidationError(this.found);
  }
}
