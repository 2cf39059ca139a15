/**
 * The topology as Graphviz DOT. Left to right: Megaport Internet (management), the two firewalls
 * (their vNIC tables, joined by the HA links), per connection and firewall the BGP session (with
 * BFD), then the clouds. Connection details sit in nodes and edge labels, which Graphviz's `dot`
 * layout places without overlap however many connections there are.
 *
 * With statuses (the verify report) every judged element is filled green, red or grey; without
 * (the synth diagram) everything is drawn in neutral colours.
 */
import { ELEMENT_IDS, type PairTopology, type TopologyConnection, type TopologyFirewall } from "./model";

/** How the report judges one element of the diagram. */
export type ElementStatus = "pass" | "fail" | "unknown";

/** Fill, line and text colours of a status; also used by the report's CSS. */
export const STATUS_COLOURS: Readonly<Record<ElementStatus | "neutral", { fill: string; line: string }>> = {
  pass: { fill: "#c6f6d5", line: "#2f855a" },
  fail: { fill: "#fed7d7", line: "#c53030" },
  unknown: { fill: "#e2e8f0", line: "#718096" },
  neutral: { fill: "#ebf4ff", line: "#2b6cb0" },
};

/** Per element id (see ELEMENT_IDS), its status and the line that says why (a tooltip). */
export type ElementStatuses = ReadonlyMap<string, { readonly status: ElementStatus; readonly why: string }>;

/** Renders the topology as DOT; `statuses` colours the elements (the verify report). */
export function topologyDot(topology: PairTopology, statuses?: ElementStatuses): string {
  const look = (id: string) => {
    const judged = statuses?.get(id);
    const colours = STATUS_COLOURS[judged ? judged.status : statuses ? "unknown" : "neutral"];
    return { ...colours, why: judged ? `${judged.status.toUpperCase()}: ${judged.why}` : undefined };
  };
  const lines: string[] = [
    `digraph ${quote(topology.pair)} {`,
    `  graph [id="topology", rankdir=LR, nodesep=0.25, ranksep=0.7, fontname="Helvetica", fontsize=12, labelloc=t, label=${quote(`Pair ${topology.pair}: Palo Alto VM-Series Active/Active HA on Megaport`)}];`,
    `  node [fontname="Helvetica", fontsize=10, shape=box, style="rounded,filled", penwidth=1.5];`,
    `  edge [fontname="Helvetica", fontsize=9, dir=none, penwidth=1.5];`,
  ];
  const internet = ELEMENT_IDS.internet();
  const neutral = STATUS_COLOURS.neutral;
  // Megaport Internet, or (private management) one node per firewall for its far end.
  const source = (firewall: TopologyFirewall) =>
    firewall.managementVia === undefined ? internet : `management-peer-${firewall.deviceId}`;
  if (topology.firewalls.some((f) => f.managementVia === undefined)) {
    lines.push(
      `  ${quote(internet)} [id=${quote(internet)}, fillcolor=${quote(neutral.fill)}, color=${quote(neutral.line)}, label="Megaport Internet\\n(management)"];`,
    );
  }
  for (const firewall of topology.firewalls.filter((f) => f.managementVia !== undefined)) {
    const peer = source(firewall);
    lines.push(
      `  ${quote(peer)} [id=${quote(peer)}, fillcolor=${quote(neutral.fill)}, color=${quote(neutral.line)}, label=${quote(`management network\\n${firewall.managementVia ?? ""}`)}];`,
    );
  }
  for (const firewall of topology.firewalls) {
    const id = ELEMENT_IDS.firewall(firewall.deviceId);
    lines.push(
      `  ${quote(id)} [id=${quote(id)}, shape=plain, style="", label=<${firewallTable(firewall, look(id))}>];`,
    );
    const mgmt = ELEMENT_IDS.management(firewall.deviceId);
    const m = look(mgmt);
    const label = `${firewall.managementProductName}\\n${mbps(firewall.managementRateLimitMbps)} · IP ${firewall.managementIp}`;
    lines.push(
      `  ${quote(source(firewall))} -> ${quote(id)}:mgmt:w [id=${quote(mgmt)}, color=${quote(m.line)}, fontcolor=${quote(m.line)}, label=${quote(label)}${tooltip(m.why)}];`,
    );
  }
  const column = [quote(ELEMENT_IDS.firewall(0)), '"ha-links"', quote(ELEMENT_IDS.firewall(1))];
  lines.push(`  { rank=same; ${column.join("; ")} }`);
  lines.push(...haLines(topology, look));
  topology.connections.forEach((connection, k) => lines.push(...connectionLines(connection, k, look)));
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

type Look = (id: string) => { fill: string; line: string; why?: string };

/**
 * The HA links as one table between the firewalls (a row per link, coloured per link): three
 * labelled edges between two nodes of one rank are drawn over each other by `dot`.
 */
function haLines(topology: PairTopology, look: Look): string[] {
  const [a, b] = topology.firewalls.map((f) => quote(ELEMENT_IDS.firewall(f.deviceId)));
  const ha1 = ELEMENT_IDS.ha1Management();
  const over = topology.firewalls.some((f) => f.managementVia !== undefined)
    ? "over the private management VXCs"
    : "over Megaport Internet";
  const rows = [
    haRow(ha1, look(ha1), "HA1 heartbeat", `management ↔ management, ${over}`),
    ...topology.haLinks.map((link) => {
      const id = ELEMENT_IDS.haLink(link.role);
      const addresses = link.addresses ? ` · ${link.addresses[0]} ↔ ${link.addresses[1]}` : "";
      return haRow(
        id,
        look(id),
        `${link.role.toUpperCase()} VXC: ${link.carries}`,
        `${link.panosInterface} ↔ ${link.panosInterface} · ${link.productName} · ${mbps(link.rateLimitMbps)}${addresses}`,
      );
    }),
  ];
  const neutral = STATUS_COLOURS.neutral;
  const table = `<TABLE BORDER="1" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4" COLOR="${neutral.line}" BGCOLOR="#ffffff"><TR><TD><B>HA links</B></TD></TR>${rows.join("")}</TABLE>`;
  return [
    `  "ha-links" [id="ha-links", shape=plain, style="", label=<${table}>];`,
    `  ${a} -> "ha-links" [tailport=s, headport=n, penwidth=3, color=${quote(neutral.line)}];`,
    `  "ha-links" -> ${b} [tailport=s, headport=n, penwidth=3, color=${quote(neutral.line)}];`,
  ];
}

function haRow(id: string, look: { fill: string; line: string; why?: string }, title: string, detail: string): string {
  // Two lines as two rows of an inner table: lines split by <BR/> are spaced by the font size
  // alone, which a browser's font draws touching.
  const lines = `<TABLE BORDER="0" CELLPADDING="0" CELLSPACING="2"><TR><TD ALIGN="LEFT"><B>${html(title)}</B></TD></TR><TR><TD ALIGN="LEFT">${html(detail)}</TD></TR></TABLE>`;
  return `<TR><TD ID="${id}" TOOLTIP="${html(look.why ?? title)}" BGCOLOR="${look.fill}" ALIGN="LEFT">${lines}</TD></TR>`;
}

function connectionLines(connection: TopologyConnection, k: number, look: Look): string[] {
  const cloud = ELEMENT_IDS.cloud(k);
  const neutral = STATUS_COLOURS.neutral;
  const lines = [
    `  ${quote(cloud)} [id=${quote(cloud)}, shape=box, style="rounded,filled", fillcolor=${quote(neutral.fill)}, color=${quote(neutral.line)}, label=${quote(`${connection.name}\\n${connection.kind}\\nVLAN ${connection.vlan}`)}];`,
  ];
  for (const peering of connection.peerings) {
    const session = `session-${k}-${peering.deviceId}`;
    const bgp = look(ELEMENT_IDS.bgp(k, peering.deviceId));
    const bfd = look(ELEMENT_IDS.bfd(k, peering.deviceId));
    const bfdCell = peering.bfd
      ? `<TD ID="${ELEMENT_IDS.bfd(k, peering.deviceId)}" TOOLTIP="${html(bfd.why ?? "BFD session")}" BGCOLOR="${bfd.fill}">BFD</TD>`
      : `<TD>no BFD</TD>`;
    const table =
      `<TABLE BORDER="1" CELLBORDER="1" CELLSPACING="0" CELLPADDING="3" COLOR="${bgp.line}">` +
      `<TR><TD ID="${ELEMENT_IDS.bgp(k, peering.deviceId)}" TOOLTIP="${html(bgp.why ?? "BGP session")}" BGCOLOR="${bgp.fill}">` +
      `BGP ${html(peering.address)} → ${html(peering.peerAddress)}<BR/>peer AS ${peering.peerAsn}</TD>${bfdCell}</TR></TABLE>`;
    lines.push(`  ${quote(session)} [id=${quote(session)}, shape=plain, style="", label=<${table}>];`);
    const vxcId = ELEMENT_IDS.vxc(k, peering.deviceId);
    const vxc = look(vxcId);
    const label = `${peering.productName}\\n${peering.subinterface} · VLAN ${connection.vlan} · ${mbps(connection.rateLimitMbps)}`;
    lines.push(
      `  ${quote(ELEMENT_IDS.firewall(peering.deviceId))}:data:e -> ${quote(session)}:w [id=${quote(vxcId)}, color=${quote(vxc.line)}, fontcolor=${quote(vxc.line)}, label=${quote(label)}${tooltip(vxc.why)}];`,
      `  ${quote(session)}:e -> ${quote(cloud)} [color=${quote(neutral.line)}];`,
    );
  }
  return lines;
}

function firewallTable(firewall: TopologyFirewall, look: { fill: string; line: string; why?: string }): string {
  const row = (text: string) => `<TR><TD COLSPAN="3" ALIGN="LEFT">${html(text)}</TD></TR>`;
  const header =
    `<TR><TD COLSPAN="3" ID="${ELEMENT_IDS.firewall(firewall.deviceId)}-status" TOOLTIP="${html(look.why ?? `firewall ${firewall.deviceId}`)}" BGCOLOR="${look.fill}">` +
    `<B>firewall ${firewall.deviceId}</B> · HA device ID ${firewall.deviceId}</TD></TR>`;
  const vnics = firewall.vnics.map(
    (v) =>
      // Management arrives from the left (Megaport Internet), the connections leave to the right.
      `<TR><TD ALIGN="LEFT"${v.role === "mgmt" ? ' PORT="mgmt"' : ""}>vNIC ${v.index} ${v.role}</TD>` +
      `<TD ALIGN="LEFT">${html(v.panosInterface)}</TD>` +
      `<TD ALIGN="LEFT"${v.role === "data" ? ' PORT="data"' : ""}>${html(v.use)}</TD></TR>`,
  );
  return (
    `<TABLE BORDER="2" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4" COLOR="${look.line}" BGCOLOR="#ffffff">` +
    header +
    row(`MVE ${firewall.productName}`) +
    row(`${firewall.size} · ${firewall.image}`) +
    row(`${firewall.location} · ${firewall.diversityZone}`) +
    row(`management IP ${firewall.managementIp}`) +
    row(`AS ${firewall.localAsn || "unknown"} · router ID ${firewall.routerId}`) +
    vnics.join("") +
    `</TABLE>`
  );
}

/** A rate, or "rate unknown" (0: not known where the topology was made). */
function mbps(rate: number): string {
  return rate > 0 ? `${rate} Mbps` : "rate unknown";
}

function tooltip(why: string | undefined): string {
  return why === undefined ? "" : `, tooltip=${quote(why)}`;
}

/** A DOT double-quoted string (`\n` sequences in `text` are kept as DOT line breaks). */
function quote(text: string): string {
  return `"${text.replace(/\\(?!n)/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Text inside a DOT HTML-like label. */
function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
