/** The pair's topology: model, DOT, SVG, and the diagram written at synth. */
export * from "./model";
export { pairTopology, type PairParts } from "./from-pair";
export { topologyDot, STATUS_COLOURS, type ElementStatus, type ElementStatuses } from "./dot";
export { renderSvg, renderSvgSync, renderSvgsSync, type RenderResult, type SyncRenderOptions } from "./render";
export {
  DiagramRenderer,
  sharedRenderer,
  type DiagramRendererOptions,
  type PendingDiagram,
  type RendererStats,
} from "./renderer";
export { TopologyDiagram, diagramFileName, diagramFiles, writeDiagram, type TopologyDiagramProps } from "./diagram";
