/** The contract between `npm run bench` and its measurement processes: options in, one JSON file out. */
import { Command } from "commander";
import * as fs from "node:fs";

/** Parses a worker's command line: the common `--result <file>` and `--skip-validation`, plus `extra`. */
export function workerCommand(name: string, extra: (command: Command) => Command): Command {
  return extra(
    new Command(name)
      .requiredOption("--result <file>", "where to write the result JSON")
      .option("--skip-validation", "new App({ skipValidation: true })", false),
  );
}

/** Runs `measure` and writes its result to `file`; exits non-zero with the error on stderr if it throws. */
export async function writeResult(file: string, measure: () => unknown): Promise<void> {
  try {
    fs.writeFileSync(file, JSON.stringify(await measure()));
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}
