/**
 * Given a stack, when synthesized, then resource X has Y: a small wrapper over Testing.synth that
 * gives typed-enough access to the synthesized JSON.
 */
import { Testing, type TerraformStack } from "cdktf";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- synthesized Terraform JSON is untyped
export type Json = any;

export class Template {
  /** Synthesizes the stack (running construct validations unless told not to). */
  public static synth(stack: TerraformStack, runValidations = true): Template {
    return new Template(Testing.synth(stack, runValidations));
  }

  /** The parsed Terraform JSON. */
  public readonly json: Json;

  private constructor(public readonly text: string) {
    this.json = JSON.parse(text);
  }

  /** Resources of a type, keyed by logical id. */
  public resources(type: string): Record<string, Json> {
    return this.json.resource?.[type] ?? {};
  }

  /** Resources of a type, in synthesis order. */
  public resourceList(type: string): Json[] {
    return Object.values(this.resources(type));
  }

  /** The one resource of a type whose logical id starts with `idPart`. */
  public resource(type: string, idPart: string): Json {
    const matches = Object.entries(this.resources(type)).filter(([id]) => id.startsWith(idPart));
    if (matches.length !== 1) {
      throw new Error(
        `expected one ${type} matching "${idPart}", found ${matches.map(([id]) => id).join(", ") || "none"}`,
      );
    }
    return matches[0][1];
  }

  /** Data sources of a type, keyed by logical id. */
  public dataSources(type: string): Record<string, Json> {
    return this.json.data?.[type] ?? {};
  }

  /** Data sources of a type, in synthesis order. */
  public dataSourceList(type: string): Json[] {
    return Object.values(this.dataSources(type));
  }

  /** Outputs keyed by name. */
  public outputs(): Record<string, Json> {
    return this.json.output ?? {};
  }

  /** Variables keyed by name. */
  public variables(): Record<string, Json> {
    return this.json.variable ?? {};
  }
}
