/** Differences between two synthesized stacks, as JSON paths with both values. */

/** One difference: where, and the two values (undefined when one side lacks the path). */
export interface JsonDifference {
  readonly path: string;
  readonly left: unknown;
  readonly right: unknown;
}

/** Every leaf where `left` and `right` differ (objects by key, arrays by index). */
export function jsonDifferences(left: unknown, right: unknown, at = "$"): JsonDifference[] {
  const bothObjects = typeof left === "object" && left !== null && typeof right === "object" && right !== null;
  if (!bothObjects || Array.isArray(left) !== Array.isArray(right)) {
    return JSON.stringify(left) === JSON.stringify(right) ? [] : [{ path: at, left, right }];
  }
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].flatMap((key) =>
    jsonDifferences((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key], `${at}.${key}`),
  );
}
