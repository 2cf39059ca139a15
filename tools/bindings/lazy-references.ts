/**
 * A generation step after cdktf's binding generator: nested output references are created on
 * first use instead of in every constructor.
 *
 * Why: cdktf's generator gives every block attribute a field `private _x = new XOutputReference(this, "x")`
 * (or `XList`), so constructing one `panos_ethernet_interface` builds its whole nested block
 * tree, about a hundred `ComplexObject`/`ComplexList` objects, and cdktf 0.21 captures a full
 * stack trace in each one's constructor. Almost none of them are ever read. This step turns each
 * such field into a getter that creates the reference on first access, and makes the generated
 * code that only reads or clears a block's value (synthesis, `xInput`, `resetX`, the parent
 * block's `internalValue`) look at the backing field without creating it. A reference that was
 * never created holds no value, which is exactly what a fresh one holds, so the synthesized JSON
 * stays byte-identical (test/bench/synth-identity.test.ts).
 *
 * The rewrite is textual over the generator's fixed output shapes, class by class (the same
 * field name can be a reference in one class and a plain value in another). Any use of a
 * rewritten field in a shape this step does not know makes it throw, so a generator upgrade that
 * changes the shapes fails `npm run generate` instead of producing subtly different bindings.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** A generated class: from `export class … {` at the start of a line to the next `}` alone on a line. */
const CLASS_BLOCK = /^export class [^\n]*\{\n[\s\S]*?^\}$/gm;

/** `  private _name = new Type(this, "attribute"[, …]);` */
const STORED_REFERENCE = /^( +)private (_\w+) = new (\w+)\(([^;\n]*)\);$/gm;

/** Rewrites one generated TypeScript source; returns it unchanged when it has no stored references. */
export function lazyReferences(source: string): string {
  return source.replace(CLASS_BLOCK, (block) => rewriteClass(block));
}

function rewriteClass(block: string): string {
  const fields = [...block.matchAll(STORED_REFERENCE)].map((m) => m[2]);
  if (fields.length === 0) return block;
  let text = block.replace(STORED_REFERENCE, (_all, indent: string, field: string, type: string, args: string) =>
    [
      `${indent}private _${field}?: ${type};`,
      `${indent}private get ${field}(): ${type} {`,
      `${indent}  return (this._${field} ??= new ${type}(${args}));`,
      `${indent}}`,
    ].join("\n"),
  );
  for (const field of fields) text = rewriteUses(text, field);
  return text;
}

function rewriteUses(text: string, field: string): string {
  const self = `this.${field}`;
  const backing = `this._${field}`;
  const uses = text
    // Clearing a block that was never created changes nothing: skip it rather than create it.
    .split(`${self}.internalValue = undefined;`)
    .join(`if (${backing} !== undefined) ${backing}.internalValue = undefined;`)
    // Setting a value: create the reference only when there is a value, or one to overwrite.
    .replace(
      new RegExp(`${escape(self)}\\.internalValue = ([\\w.]+);`, "g"),
      (_all, value: string) =>
        `if (${value} !== undefined || ${backing} !== undefined) ${self}.internalValue = ${value};`,
    )
    // Reading the value: a reference never created has none.
    .split(`${self}?.internalValue`)
    .join(`${backing}?.internalValue`)
    .replace(new RegExp(`${escape(self)}\\.internalValue(?! =)`, "g"), `${backing}?.internalValue`);
  assertKnownUses(uses, field);
  return uses;
}

/** Every remaining `this._x` must be a getter's `return this._x;` or a guarded assignment. */
function assertKnownUses(text: string, field: string): void {
  const unknown = new RegExp(`${escape(`this.${field}`)}\\b(?!;|\\.internalValue = )`, "g").exec(text);
  if (unknown) {
    const line = text.slice(text.lastIndexOf("\n", unknown.index) + 1, text.indexOf("\n", unknown.index)).trim();
    throw new Error(`lazy-references: unknown use of ${field}: "${line}" (did the binding generator change?)`);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Applies lazyReferences to every `.ts` file below `dir`, in place. */
export function lazyReferencesIn(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) lazyReferencesIn(file);
    else if (entry.name.endsWith(".ts")) {
      const source = fs.readFileSync(file, "utf8");
      const rewritten = lazyReferences(source);
      if (rewritten !== source) fs.writeFileSync(file, rewritten);
    }
  }
}
