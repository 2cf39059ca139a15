/** Where `apply` and `prepare` read their XML spec: a file, or an environment variable. */
import { readFileSync } from "node:fs";
import { parseSpec, type XmlSpec } from "../xmlspec/spec";
import { UsageError } from "./exit-codes";

export interface SpecSource {
  readonly specFile?: string;
  readonly specEnv?: string;
}

/** Reads and validates the spec; exactly one source must be given. */
export function readSpec(source: SpecSource, env: Readonly<Record<string, string | undefined>>): XmlSpec {
  if ((source.specFile === undefined) === (source.specEnv === undefined)) {
    throw new UsageError("give exactly one of --spec-file <path> and --spec-env <variable>");
  }
  if (source.specFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(source.specFile, "utf8");
    } catch (error) {
      throw new UsageError(`cannot read --spec-file ${source.specFile}: ${(error as Error).message}`);
    }
    return parseSpec(text);
  }
  const name = source.specEnv as string;
  const text = env[name];
  if (text === undefined || text.trim().length === 0) {
    throw new UsageError(`--spec-env ${name}: the environment variable ${name} is not set or empty`);
  }
  return parseSpec(text);
}
