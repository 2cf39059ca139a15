/**
 * The verify report as one self-contained HTML page: the pair's diagram coloured by the checks
 * (inline SVG), a list of what each coloured element is and why, and every check with its detail.
 * Nothing is fetched: styles are inline and a Content-Security-Policy forbids any load.
 */
import { STATUS_COLOURS, type ElementStatuses } from "../topology/dot";
import type { ReportInput } from "./statuses";

/** What the page shows. */
export interface ReportPage {
  readonly report: ReportInput;
  /** The coloured diagram (SVG markup), or why there is none. */
  readonly svg: { readonly ok: true; readonly svg: string } | { readonly ok: false; readonly reason: string };
  readonly statuses: ElementStatuses;
  /** Element id → what it is, e.g. "BGP firewall 0 → aws". */
  readonly elementNames: ReadonlyMap<string, string>;
  /** Where the topology came from, e.g. "cdktf.out/guide.topology.json". */
  readonly topologySource: string;
  /** When the checks ran (ISO 8601). */
  readonly generatedAt: string;
}

const CHECK_STATUS_CLASS: Readonly<Record<string, string>> = {
  pass: "pass",
  fail: "fail",
  error: "fail",
  skip: "unknown",
};

/** Renders the page. */
export function reportHtml(page: ReportPage): string {
  const { report } = page;
  const all = [...report.firewalls.flatMap((f) => f.checks), ...(report.megaport?.checks ?? [])];
  const verdict = report.ok ? "OK" : "NOT OK";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mve-ha verify: ${text(verdict)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>mve-ha verify: <span id="verdict" class="${report.ok ? "pass" : "fail"}">${text(verdict)}</span></h1>
<p class="meta">${text(tally(all.map((c) => c.status)))} · firewalls ${report.firewalls.map((f) => `<code>${text(f.host)}</code>`).join(", ")} · checked ${text(page.generatedAt)} · topology from ${text(page.topologySource)}</p>
<h2>Topology</h2>
<p class="legend"><span class="swatch pass"></span> passed <span class="swatch fail"></span> failed <span class="swatch unknown"></span> not judged (skipped, unreadable, or not checked)</p>
<div id="topology">${page.svg.ok ? inlineSvg(page.svg.svg) : `<p class="fail">The diagram could not be drawn: ${text(page.svg.reason)}</p>`}</div>
${elementsTable(page)}
<h2>Checks</h2>
${report.firewalls.map((firewall, i) => checksTable(firewall, i)).join("\n")}
${report.megaport ? checksTable({ host: "Megaport", checks: report.megaport.checks }, report.firewalls.length) : ""}
</body>
</html>
`;
}

function elementsTable(page: ReportPage): string {
  const rows = [...page.elementNames].map(([id, name]) => {
    const judged = page.statuses.get(id);
    const status = judged?.status ?? "unknown";
    return `<tr data-element="${attr(id)}"><td>${text(name)}</td><td class="status ${status}">${status === "unknown" ? "not judged" : status}</td><td>${text(judged?.why ?? "no check judges it")}</td></tr>`;
  });
  return `<details open><summary>Elements of the diagram</summary>
<table id="elements"><thead><tr><th>element</th><th>status</th><th>why</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table></details>`;
}

function checksTable(firewall: ReportInput["firewalls"][number], index: number): string {
  const rows = firewall.checks.map(
    (c) =>
      `<tr data-check="${attr(c.id)}"><td><code>${text(c.id)}</code></td><td class="status ${CHECK_STATUS_CLASS[c.status] ?? "unknown"}">${text(c.status.toUpperCase())}</td><td>${text(c.detail)}</td></tr>`,
  );
  return `<h3>${text(firewall.host)} <span class="meta">${text(tally(firewall.checks.map((c) => c.status)))}</span></h3>
<table class="checks" id="checks-${index}" data-host="${attr(firewall.host)}"><thead><tr><th>check</th><th>status</th><th>detail</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`;
}

/** The SVG document as an element inside HTML: no XML prolog, doctype or comments. */
function inlineSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>/g, "")
    .replace(/<!DOCTYPE[^>]*>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .trim();
}

function tally(statuses: readonly string[]): string {
  const parts = ["fail", "error", "skip", "pass"].flatMap((s) => {
    const n = statuses.filter((x) => x === s).length;
    return n > 0 ? [`${n} ${s}`] : [];
  });
  return parts.length > 0 ? parts.join(", ") : "no checks";
}

/** Control characters and bidi overrides from a device become visible escapes, then HTML-escaped. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function text(value: string): string {
  return value
    .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function attr(value: string): string {
  return text(value).replace(/"/g, "&quot;");
}

const STYLE = `
body { font-family: Helvetica, Arial, sans-serif; margin: 1.5rem; color: #1a202c; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 1.5rem; } h3 { font-size: 1rem; }
.meta { color: #4a5568; font-size: 0.9rem; font-weight: normal; }
#topology svg { max-width: 100%; height: auto; border: 1px solid #e2e8f0; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.85rem; }
th, td { border: 1px solid #cbd5e0; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f7fafc; }
td.status { font-weight: bold; white-space: nowrap; }
.pass { background: ${STATUS_COLOURS.pass.fill}; color: ${STATUS_COLOURS.pass.line}; }
.fail { background: ${STATUS_COLOURS.fail.fill}; color: ${STATUS_COLOURS.fail.line}; }
.unknown { background: ${STATUS_COLOURS.unknown.fill}; color: ${STATUS_COLOURS.unknown.line}; }
#verdict { padding: 0 0.4rem; border-radius: 0.2rem; }
.swatch { display: inline-block; width: 0.9rem; height: 0.9rem; border: 1px solid #4a5568; vertical-align: middle; }
.legend { font-size: 0.9rem; }
`;
