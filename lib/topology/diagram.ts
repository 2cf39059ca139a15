/**
 * Writes a pair's diagram into the app's output directory at synth: `<name>.topology.json` (the
 * topology, for `mve-ha verify --report --topology`), `<name>.topology.dot` (its Graphviz source)
 * and `<name>.topology.svg`. cdktf calls a construct's custom synthesis with the output directory
 * while it synthesizes the stack that holds it, and collects annotations afterwards, so a drawing
 * failure becomes a synth warning and leaves the DOT.
 *
 * Drawing starts when `App.synth()` begins, in cdktf's prepare pass over every stack (which
 * resolves each Terraform element once with `preparing` set), not when the construct is built:
 * building an app that is never synthesized (`Testing.synth`, a props error) draws nothing, and the
 * worker (renderer.ts) draws while cdktf prepares and synthesizes the stacks on the other core.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Annotations, TerraformElement, type IResolvable, type IResolveContext } from "cdktf";
// The hook TerraformAsset writes its files with: called with the output directory by App.synth
// only (Testing.synth skips it, so construct tests draw nothing). Not re-exported by the
// package index; the same module and symbol exist in cdktf 0.21 and CDK Terrain 0.24.
import { addCustomSynthesis } from "cdktf/lib/synthesize/synthesizer";
import type { Construct } from "constructs";
import { topologyDot } from "./dot";
import type { PairTopology } from "./model";
import type { RenderResult } from "./render";
import { sharedRenderer, type DiagramRenderer, type PendingDiagram } from "./renderer";

/** Props of `TopologyDiagram`. */
export interface TopologyDiagramProps {
  /** What to draw. */
  readonly topology: PairTopology;
  /** Base of the file names, e.g. `guide` for `guide.topology.svg`. */
  readonly fileName: string;
  /** DOT to SVG, called at synth. @default - `renderer` */
  readonly render?: (dot: string) => RenderResult;
  /** Where the default drawing happens. @default - the process's worker (sharedRenderer()) */
  readonly renderer?: DiagramRenderer;
}

/** The files a diagram writes, relative to the output directory. */
export function diagramFiles(fileName: string): { json: string; dot: string; svg: string } {
  return { json: `${fileName}.topology.json`, dot: `${fileName}.topology.dot`, svg: `${fileName}.topology.svg` };
}

/** A file-name base from a construct path: letters, digits, `-`, `_` and `.` kept, the rest `-`. */
export function diagramFileName(constructPath: string): string {
  return constructPath.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+/, "") || "pair";
}

/**
 * Writes the pair's diagram files when its stack is synthesized. A Terraform element only so that
 * cdktf's prepare pass reaches it (see the file comment); it adds nothing to the stack's JSON.
 */
export class TopologyDiagram extends TerraformElement {
  /** The Graphviz source drawn. */
  public readonly dot: string;
  private readonly render?: (dot: string) => RenderResult;
  private readonly renderer: DiagramRenderer;
  private pending?: PendingDiagram;

  public constructor(scope: Construct, id: string, props: TopologyDiagramProps) {
    super(scope, id);
    this.dot = topologyDot(props.topology);
    this.render = props.render;
    this.renderer = props.renderer ?? sharedRenderer();
    addCustomSynthesis(this, {
      onSynthesize: (session: { readonly outdir: string }) => {
        const warning = writeDiagram(session.outdir, props, () => this.draw(), this.dot);
        if (warning !== undefined) Annotations.of(this).addWarning(warning);
      },
    });
  }

  /** Nothing for the JSON; in the prepare pass of App.synth, starts drawing every diagram of the app. */
  public override toTerraform(): IResolvable {
    return {
      creationStack: [],
      resolve: (context: IResolveContext) => {
        if (context.preparing) this.startDrawing();
        return {};
      },
      toString: () => "",
    };
  }

  /**
   * Requests this diagram and, with it, every other diagram of the app that draws with the same
   * renderer and has not asked yet, so that the first stack to be prepared starts them all.
   */
  private startDrawing(): void {
    if (this.render || this.pending) return;
    for (const construct of this.node.root.node.findAll()) {
      if (construct instanceof TopologyDiagram && !construct.render && construct.renderer === this.renderer) {
        construct.pending ??= construct.renderer.request(construct.dot);
      }
    }
  }

  /** The SVG: the custom renderer's, or the worker's (blocking only if it has not answered yet). */
  private draw(): RenderResult {
    if (this.render) return this.render(this.dot);
    // Synthesized without a prepare pass (a caller of the stack's synthesizer alone): draw now.
    this.startDrawing();
    const pending = this.pending as PendingDiagram;
    // The next synth of this construct draws again (the renderer remembers the SVG per DOT).
    this.pending = undefined;
    return pending.take();
  }
}

/** Writes the files; returns a warning when the SVG could not be drawn (the DOT is written regardless). */
export function writeDiagram(
  outdir: string,
  props: Pick<TopologyDiagramProps, "topology" | "fileName">,
  draw: (dot: string) => RenderResult,
  dot: string = topologyDot(props.topology),
): string | undefined {
  const files = diagramFiles(props.fileName);
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
