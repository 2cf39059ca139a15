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
import { Construct, type IConstruct } from "constructs";
import { topologyDot } from "./dot";
import type { PairTopology } from "./model";
import { renderSvgsSync, type RenderResult } from "./render";

/** Props of `TopologyDiagram`. */
export interface TopologyDiagramProps {
  /** What to draw. */
  readonly topology: PairTopology;
  /** Base of the file names, e.g. `guide` for `guide.topology.svg`. */
  readonly fileName: string;
  /** DOT to SVG. @default - Graphviz in WebAssembly, in one child process per synth (renderSvgsSync) */
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

/** Per app (its root construct): the default renderer's result for each diagram in it. */
const drawnPerApp = new WeakMap<IConstruct, Map<TopologyDiagram, RenderResult>>();

/** Writes the pair's diagram files when its stack is synthesized. Holds no Terraform element. */
export class TopologyDiagram extends Construct {
  /** The Graphviz source drawn. */
  public readonly dot: string;
  private readonly render?: (dot: string) => RenderResult;

  public constructor(scope: Construct, id: string, props: TopologyDiagramProps) {
    super(scope, id);
    this.dot = topologyDot(props.topology);
    this.render = props.render;
    addCustomSynthesis(this, {
      onSynthesize: (session: { readonly outdir: string }) => {
        const warning = writeDiagram(session.outdir, props, () => this.draw());
        if (warning !== undefined) Annotations.of(this).addWarning(warning);
      },
    });
  }

  /**
   * The SVG. With the default renderer, the first diagram of an app to be synthesized draws every
   * diagram of the app in one child process (one WebAssembly load however many pairs), and the
   * others take their result.
   */
  private draw(): RenderResult {
    if (this.render) return this.render(this.dot);
    const root = this.node.root;
    let drawn = drawnPerApp.get(root);
    if (!drawn?.has(this)) {
      const all = root.node
        .findAll()
        .filter((c): c is TopologyDiagram => c instanceof TopologyDiagram && c.render === undefined);
      const results = renderSvgsSync(all.map((d) => d.dot));
      drawn = new Map(all.map((d, i) => [d, results[i]]));
      drawnPerApp.set(root, drawn);
    }
    return drawn.get(this) as RenderResult;
  }
}

/** Writes the files; returns a warning when the SVG could not be drawn (the DOT is written regardless). */
export function writeDiagram(
  outdir: string,
  props: Pick<TopologyDiagramProps, "topology" | "fileName">,
  draw: (dot: string) => RenderResult,
): string | undefined {
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
    result = draw(dot);
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
