/**
 * Writes a pair's diagram into the app's output directory at synth: `<name>.topology.json` (the
 * topology, for `mve-ha verify --report --topology`), `<name>.topology.dot` (its Graphviz source)
 * and `<name>.topology.svg`. cdktf calls a construct's custom synthesis with the output directory
 * while it synthesizes the stack that holds it, and collects annotations afterwards, so a drawing
 * failure becomes a synth warning and leaves the DOT.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Annotations } from "cdktf";
// The hook TerraformAsset writes its files with: called with the output directory by App.synth
// only (Testing.synth skips it, so construct tests spawn no renderer). Not re-exported by the
// package index; the same module and symbol exist in cdktf 0.21 and CDK Terrain 0.24.
import { addCustomSynthesis } from "cdktf/lib/synthesize/synthesizer";
import { Construct } from "constructs";
import { topologyDot } from "./dot";
import type { PairTopology } from "./model";
import { renderSvgSync, type RenderResult } from "./render";

/** Props of `TopologyDiagram`. */
export interface TopologyDiagramProps {
  /** What to draw. */
  readonly topology: PairTopology;
  /** Base of the file names, e.g. `guide` for `guide.topology.svg`. */
  readonly fileName: string;
  /** DOT to SVG. @default - renderSvgSync (Graphviz in WebAssembly, in a child process) */
  readonly render?: (dot: string) => RenderResult;
}

/** The files a diagram writes, relative to the output directory. */
export function diagramFiles(fileName: string): { json: string; dot: string; svg: string } {
  return { json: `${fileName}.topology.json`, dot: `${fileName}.topology.dot`, svg: `${fileName}.topology.svg` };
}

/** A file-name base from a construct path: letters, digits, `-`, `_` and `.` kept, the rest `-`. */
export function diagramFileName(constructPath: string): string {
  return constructPath.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+/, "") || "pair";
}

/** Writes the pair's diagram files when its stack is synthesized. Holds no Terraform element. */
export class TopologyDiagram extends Construct {
  public constructor(scope: Construct, id: string, props: TopologyDiagramProps) {
    super(scope, id);
    addCustomSynthesis(this, {
      onSynthesize: (session: { readonly outdir: string }) => {
        const warning = writeDiagram(session.outdir, props);
        if (warning !== undefined) Annotations.of(this).addWarning(warning);
      },
    });
  }
}

/** Writes the files; returns a warning when the SVG could not be drawn (the DOT is written regardless). */
export function writeDiagram(outdir: string, props: TopologyDiagramProps): string | undefined {
  const files = diagramFiles(props.fileName);
  const dot = topologyDot(props.topology);
  try {
    fs.writeFileSync(path.join(outdir, files.json), `${JSON.stringify(props.topology, null, 2)}\n`);
    fs.writeFileSync(path.join(outdir, files.dot), dot);
  } catch (error) {
    return `topology diagram not written: ${error instanceof Error ? error.message : String(error)}`;
  }
  const svgFile = path.join(outdir, files.svg);
  let result: RenderResult;
  try {
    result = (props.render ?? renderSvgSync)(dot);
  } catch (error) {
    result = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (result.ok) {
    fs.writeFileSync(svgFile, result.svg);
    return undefined;
  }
  // A stale picture of an earlier synth would contradict the DOT beside it.
  fs.rmSync(svgFile, { force: true });
  return `topology diagram ${files.svg} not drawn (${result.reason}); its Graphviz source is in ${files.dot} (render it with \`dot -Tsvg\`)`;
}
