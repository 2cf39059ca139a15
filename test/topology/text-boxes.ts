/**
 * Where Graphviz puts each text of a layout: its JSON output lists, per node and edge, the drawing
 * operations of the labels (font size, then text with position, alignment and width), the same
 * numbers its SVG output is written from.
 */

/** A text's box in layout points (y grows upwards). */
export interface TextBox {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

interface DrawOp {
  readonly op: string;
  readonly size?: number;
  readonly pt?: [number, number];
  readonly align?: "l" | "c" | "r";
  readonly width?: number;
  readonly text?: string;
}

type Drawn = Record<string, unknown>;

const LABEL_DRAWINGS = ["_ldraw_", "_hldraw_", "_tldraw_"];

/** The boxes of every text in the layout of `dot`. */
export async function textBoxes(dot: string): Promise<TextBox[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const viz = require("@viz-js/viz") as typeof import("@viz-js/viz");
  const layout = (await viz.instance()).renderJSON(dot) as { objects?: Drawn[]; edges?: Drawn[] };
  const boxes: TextBox[] = [];
  for (const item of [...(layout.objects ?? []), ...(layout.edges ?? [])]) {
    for (const key of LABEL_DRAWINGS) {
      let size = 14;
      for (const op of (item[key] as DrawOp[] | undefined) ?? []) {
        if (op.op === "F" && op.size !== undefined) size = op.size;
        if (op.op === "T" && op.pt && op.width !== undefined && op.text !== undefined) {
          boxes.push(boxOf(op.text, op.pt, op.align ?? "c", op.width, size));
        }
      }
    }
  }
  return boxes;
}

/** The box of a text drawn at its baseline point: ascent 0.8 and descent 0.2 of the font size. */
function boxOf(text: string, [x, y]: [number, number], align: "l" | "c" | "r", width: number, size: number): TextBox {
  const x0 = align === "l" ? x : align === "r" ? x - width : x - width / 2;
  return { text, x0, x1: x0 + width, y0: y - 0.2 * size, y1: y + 0.8 * size };
}

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: TextBox, b: TextBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
