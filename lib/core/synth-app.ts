/**
 * Running an app so that a props mistake reaches the user once, as its message.
 *
 * Why this exists: `cdktf synth` echoes whatever the app writes twice (stderr is logged as it
 * arrives and again in the closing "Command output on stderr" block; stdout likewise), and an
 * uncaught error also brings Node's source excerpt, the stack trace and the error's properties.
 * The one channel cdktf prints once is an error annotation in the synthesized manifest, so under
 * `cdktf synth` a ValidationError becomes exactly that; elsewhere it is printed to stderr.
 */
import { Annotations, App, TerraformStack, type AppConfig } from "cdktf";
import { ValidationError } from "./validation-error";

/** Set by `cdktf synth` (and CDK Terrain's `cdktn synth`) for the app it starts. */
const UNDER_CDKTF_CLI = "CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS";

/** Stack that carries the error annotation under `cdktf synth`; named for what the user sees. */
const REPORT_STACK = "invalid-props";

/** Where the message goes outside `cdktf synth`. */
export interface SynthAppOutput {
  /** Writes one line of error text. @default - process.stderr */
  readonly error?: (line: string) => void;
}

/**
 * Creates an `App`, lets `build` add constructs to it and synthesizes it. A `ValidationError`
 * thrown by `build` is reported once, as its message, and the process exits with status 1; any
 * other error propagates unchanged.
 *
 * @example
 * synthApp((app) => {
 *   new PaloAltoHaPair(app, "syd", props);
 * });
 */
export function synthApp(build: (app: App) => void, config: AppConfig = {}, output: SynthAppOutput = {}): void {
  const app = new App(config);
  try {
    build(app);
  } catch (error) {
    if (!ValidationError.isValidationError(error)) throw error;
    reportValidationError(error, config, output);
    return;
  }
  app.synth();
}

function reportValidationError(error: ValidationError, config: AppConfig, output: SynthAppOutput): void {
  if (process.env[UNDER_CDKTF_CLI] === "true") {
    // A fresh app: the failed one holds half-built constructs. cdktf prints the annotation as
    // `ERROR [invalid-props]: <message>` and fails the synth.
    const report = new App({ ...config, stackTraces: false });
    Annotations.of(new TerraformStack(report, REPORT_STACK)).addError(error.message);
    report.synth();
    return;
  }
  (output.error ?? ((line: string) => process.stderr.write(`${line}\n`)))(error.message);
  process.exitCode = 1;
}
