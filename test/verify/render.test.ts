import { renderJson, renderTable, type VerifyReport } from "../../lib/verify";
import { printable } from "../../lib/verify/render";

const report: VerifyReport = {
  ok: false,
  firewalls: [
    {
      host: "192.0.2.10",
      checks: [
        { id: "ha.enabled", status: "pass", detail: "HA is enabled" },
        {
          id: "bgp.routes-received",
          status: "fail",
          detail:
            "no prefixes received from azure (169.254.200.1, vr default); aws: 3 prefixes; a-very-long-token-without-any-spaces-that-must-be-split-somewhere-sensible",
        },
        { id: "bfd.sessions", status: "skip", detail: "no BFD sessions: BFD is not configured" },
      ],
    },
    { host: "fw-b\u001b[2J", checks: [{ id: "ha.links", status: "error", detail: "peer \u001b[31mred\u202e text" }] },
  ],
};

describe("renderTable", () => {
  const table = renderTable(report);
  const lines = table.split("\n");

  test("fits 80 columns and wraps long details under the detail column", () => {
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    const failLine = lines.findIndex((l) => l.includes("bgp.routes-received"));
    expect(lines[failLine]).toMatch(/^ {2}bgp\.routes-received {2}FAIL {4}no prefixes received/);
    const detailColumn = lines[failLine].indexOf("no prefixes");
    expect(lines[1].indexOf("DETAIL")).toBe(detailColumn);
    expect(lines[1].indexOf("STATUS")).toBe(lines[failLine].indexOf("FAIL"));
    expect(lines[failLine + 1].slice(0, detailColumn).trim()).toBe("");
    expect(lines[failLine + 1].slice(detailColumn)).not.toMatch(/^ /);
  });

  test("names each host with a tally and ends with the verdict", () => {
    expect(lines[0]).toBe("192.0.2.10: 1 fail, 1 skip, 1 pass");
    expect(lines[1]).toBe("  CHECK                STATUS  DETAIL");
    expect(lines[lines.length - 1]).toBe("Result: NOT OK (1 fail, 1 error, 1 skip, 1 pass)");
    expect(renderTable({ ok: true, firewalls: [] })).toBe("Result: OK (no checks)");
  });

  test("device text cannot inject terminal control sequences or bidi overrides", () => {
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(table).toContain("fw-b\\x1b[2J: 1 error");
    expect(table).toContain("peer \\x1b[31mred\\u202e text");
    expect(printable("tab\there")).toBe("tab\\x09here");
  });

  test("colour only when asked", () => {
    expect(table).not.toContain("\u001b[");
    const coloured = renderTable(report, { color: true });
    expect(coloured).toContain("\u001b[31mFAIL ");
    expect(coloured).toContain("\u001b[32mPASS ");
  });

  test("narrow widths still wrap without losing words", () => {
    const narrow = renderTable(report, { width: 60 });
    const words = narrow.replace(/\s+/g, " ");
    expect(words).toContain("no prefixes received from azure (169.254.200.1, vr default); aws: 3 prefixes;");
  });
});

describe("renderTable: the same error on many checks is printed once", () => {
  const reason = "no answer from fw-b: connect ECONNREFUSED 192.0.2.2:443";
  const stopped: VerifyReport = {
    ok: false,
    firewalls: [
      {
        host: "fw-a",
        checks: [
          { id: "ha.enabled", status: "pass", detail: "HA is enabled" },
          { id: "bgp.peers", status: "error", detail: "no answer from fw-a: socket hang up" },
          { id: "bfd.sessions", status: "error", detail: "no answer from fw-a: socket hang up" },
          { id: "routing.routes", status: "error", detail: "unexpected route table response: x" },
        ],
      },
      {
        host: "fw-b",
        checks: ["ha.enabled", "ha.mode", "bgp.peers"].map((id) => ({
          id: id as "ha.mode",
          status: "error" as const,
          detail: reason,
        })),
      },
    ],
  };
  const table = renderTable(stopped, { width: 80 });

  const flat = table.replace(/\s+/g, " ");

  test("a firewall stopped before any check: one line under the host, no per-check rows", () => {
    expect(flat.split(reason)).toHaveLength(2);
    expect(flat).toContain(`fw-b: 3 error ERROR for all 3 checks: ${reason} Result`);
    expect(table).toContain("\n  ERROR for all 3 checks: no answer from fw-b");
  });

  test("stopped mid-run: one row naming the checks it stopped; other errors keep their own row", () => {
    expect(flat.split("socket hang up")).toHaveLength(2);
    expect(flat).toContain("2 checks ERROR no answer from fw-a: socket hang up (bgp.peers and bfd.sessions)");
    expect(table).toContain("\n  2 checks             ERROR   no answer from fw-a");
    expect(table).toContain("\n  routing.routes       ERROR   unexpected route table response: x");
  });

  test("every line fits the width, host lines included", () => {
    const long: VerifyReport = { ...stopped, firewalls: [{ ...stopped.firewalls[1], host: `fw-${"x".repeat(90)}` }] };
    for (const width of [80, 60]) {
      for (const line of renderTable(long, { width }).split("\n")) expect(line.length).toBeLessThanOrEqual(width);
      for (const line of renderTable(stopped, { width }).split("\n")) expect(line.length).toBeLessThanOrEqual(width);
    }
  });
});

describe("renderJson", () => {
  test("has exactly the documented shape and key order", () => {
    const extra = {
      ...report,
      extra: 1,
      firewalls: report.firewalls.map((f) => ({ ...f, serial: "x" })),
    } as VerifyReport;
    const parsed = JSON.parse(renderJson(extra)) as {
      ok: boolean;
      firewalls: Array<{ host: string; checks: Array<Record<string, unknown>> }>;
    };
    expect(Object.keys(parsed)).toEqual(["ok", "firewalls"]);
    expect(parsed.ok).toBe(false);
    expect(Object.keys(parsed.firewalls[0])).toEqual(["host", "checks"]);
    expect(Object.keys(parsed.firewalls[0].checks[0])).toEqual(["id", "status", "detail"]);
    expect(parsed.firewalls[1]).toEqual({
      host: "fw-b\u001b[2J",
      checks: [{ id: "ha.links", status: "error", detail: "peer \u001b[31mred\u202e text" }],
    });
  });

  test("control characters and bidi overrides are escaped, values unchanged", () => {
    const json = renderJson(report);
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(json).toContain("red\\u202e text");
  });
});
