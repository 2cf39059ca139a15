/** Test helpers: real captures as a device sends them, and scripted firewalls. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseXml, type XmlElement } from "../../lib/xmlspec/xml";
import type { CheckResult, FirewallTarget, VerifyReport } from "../../lib/verify";

const CAPTURES = join(__dirname, "..", "fixtures", "panos-captures");

/** A recorded response with its leading source comment stripped, as the device sent it. */
export function capture(name: string): string {
  const text = readFileSync(join(CAPTURES, `${name}.xml`), "utf8");
  return text.replace(/^<!--[\s\S]*?-->\s*\n/, "");
}

/** The `result` element of a response body. */
export function resultOf(body: string): XmlElement {
  const response = parseXml(body).find((e) => e.name === "response");
  const result = response?.children.find((c) => c.name === "result");
  if (!result) throw new Error("no result in body");
  return result;
}

/** `<response status="success"><result>…</result></response>`. */
export function ok(inner: string): string {
  return `<response status="success"><result>${inner}</result></response>`;
}

/** What a firewall answers an op command it does not know (code 17). */
export const UNKNOWN_COMMAND = `<response status="error" code="17"><msg><line><![CDATA[ show -> unknown is unexpected]]></line></msg></response>`;

/** A firewall that answers from a table; an `Error` value rejects (transport failure). */
export function scriptedTarget(
  host: string,
  answers: Readonly<Record<string, string | Error>>,
  sent: string[] = [],
): FirewallTarget {
  return {
    host,
    op: async (cmd: string) => {
      sent.push(cmd);
      const answer = answers[cmd];
      if (answer instanceof Error) throw answer;
      return answer ?? UNKNOWN_COMMAND;
    },
  };
}

/** One firewall's result for a check id. */
export function checkOf(report: VerifyReport, host: string, id: string): CheckResult {
  const firewall = report.firewalls.find((f) => f.host === host);
  const check = firewall?.checks.find((c) => c.id === id);
  if (!check) throw new Error(`no ${id} for ${host}`);
  return check;
}

/** `id → status` for one firewall, for whole-checklist assertions. */
export function statusesOf(report: VerifyReport, host: string): Record<string, string> {
  const firewall = report.firewalls.find((f) => f.host === host);
  if (!firewall) throw new Error(`no firewall ${host}`);
  return Object.fromEntries(firewall.checks.map((c) => [c.id, c.status]));
}
