/** Rules for what the provisioners put on a command line. */
import { isUnresolved } from "../../core/tokens";
import type { RuleIssue } from "../../core/validation-error";

/** Characters a CLI command may hold: nothing the shell would interpret (quotes, `$`, `;`, `|`, …). */
const SAFE_COMMAND = /^[A-Za-z0-9 _./:@=+-]+$/;

/** The `mve-ha` command is written into provisioner commands as is, so it must be shell-inert. */
export function cliCommand(prop: string, value: string): RuleIssue | undefined {
  if (!isUnresolved(value) && SAFE_COMMAND.test(value) && value.trim().length > 0) return undefined;
  return {
    prop,
    value,
    problem: "is not a plain command: it is written into a shell command line",
    allowed: 'letters, digits, spaces and "_ . / : @ = + -" (e.g. "mve-ha", "npx mve-ha", "/opt/mve-ha/bin/mve-ha")',
    fix: "install mve-ha on PATH, or give its path without quotes or shell syntax",
  };
}

/** `caFile` trusts a CA, `insecureSkipVerify` trusts nothing: asking for both is a mistake. */
export function exclusiveTlsOptions(
  prop: string,
  caFile: string | undefined,
  insecure: boolean,
): RuleIssue | undefined {
  if (caFile === undefined || !insecure) return undefined;
  return {
    prop,
    value: { caFile, insecureSkipVerify: insecure },
    problem: "sets both caFile and insecureSkipVerify",
    allowed: "caFile, or insecureSkipVerify, or neither",
    fix: "keep caFile and drop insecureSkipVerify",
  };
}
