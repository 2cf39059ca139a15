import { integerInRange, nonEmpty, oneOf } from "../../core/rules";
import type { Issues } from "../../core/validation-error";
import type { ManagementApiProps } from "../props/api-connection";
import { cliCommand, exclusiveTlsOptions } from "../rules/cli";
import { DEFAULTS } from "./defaults";
import type { ApiConnectionModel } from "./types";

const MAX_TIMEOUT_SECONDS = 24 * 3600;

/** Validates the management API props (under `prop`) and applies defaults. */
export function buildApiConnection(props: ManagementApiProps, issues: Issues, prop = "api"): ApiConnectionModel {
  const timeouts = {
    applySeconds: props.timeouts?.applySeconds ?? DEFAULTS.applySeconds,
    commitSeconds: props.timeouts?.commitSeconds ?? DEFAULTS.commitSeconds,
    prepareSeconds: props.timeouts?.prepareSeconds ?? DEFAULTS.prepareSeconds,
  };
  const model: ApiConnectionModel = {
    host: props.host,
    port: props.port ?? DEFAULTS.port,
    protocol: props.protocol ?? DEFAULTS.protocol,
    caFile: props.caFile,
    insecureSkipVerify: props.insecureSkipVerify ?? DEFAULTS.insecureSkipVerify,
    timeouts,
  };
  issues
    .add(nonEmpty(`${prop}.host`, model.host, "give the firewall's management IP address"))
    .add(integerInRange(`${prop}.port`, model.port, 1, 65535, "use 443 unless the API listens elsewhere", "a port"))
    .add(oneOf(`${prop}.protocol`, model.protocol, ["https", "http"], 'use "https"'))
    .add(model.caFile === undefined ? undefined : nonEmpty(`${prop}.caFile`, model.caFile, "give the PEM file's path"))
    .add(exclusiveTlsOptions(prop, model.caFile, model.insecureSkipVerify));
  for (const [name, seconds] of Object.entries(timeouts)) {
    issues.add(
      integerInRange(`${prop}.timeouts.${name}`, seconds, 1, MAX_TIMEOUT_SECONDS, "use whole seconds", "seconds"),
    );
  }
  return model;
}

/** Validates the CLI command; undefined means the bundled CLI the stacks carry. */
export function buildCliCommand(cli: string | undefined, issues: Issues): string | undefined {
  if (cli !== undefined) issues.add(cliCommand("cli", cli));
  return cli;
}
