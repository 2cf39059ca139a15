/**
 * The simulator's operational answers (`type=op`) for HA, BGP, BFD, routes, sessions, path
 * monitoring and the operator state (pending changes, locks, jobs, jumbo-frame mode), derived from the running configurations, the simulated network and the test's faults.
 * Commands outside this set return undefined (the core answers them or reports code 17).
 */
import type { XmlElement } from "../../../lib/xmlspec/xml";
import { advancedBfd, renderLegacyBfd } from "./bfd";
import { advancedBgpPeers, renderLegacyBgpPeers } from "./bgp";
import { commandWords, startsWith } from "./command";
import { readHaConfig, usesAdvancedRouting } from "./device-config";
import { errorResponse, jsonResponse, successResponse } from "./envelope";
import { renderHaState } from "./ha-state";
import { simulatedNeighbours } from "./neighbours";
import { renderOperatorState } from "./operator-state";
import { renderPathMonitoring } from "./path-monitoring";
import { advancedRoutes, renderLegacyRoutes } from "./routes";
import { renderSessionDetail, renderSessionList, simulatedSessions } from "./sessions";
import type { OperationalContext, OperationalRenderer } from "./types";

export * from "./types";

/** What an Advanced Routing firewall answers to the legacy `show routing …` commands. */
const DEPRECATED = errorResponse(["Command deprecated in Advanced Routing Mode."]);

/** Renders the full response for the operational commands this module answers. */
export const renderOperational: OperationalRenderer = (cmd: XmlElement, context: OperationalContext) => {
  const command = commandWords(cmd);
  if (
    startsWith(command, "show", "high-availability", "state") ||
    startsWith(command, "show", "high-availability", "all")
  ) {
    return successResponse(renderHaState(context));
  }
  if (startsWith(command, "show", "high-availability", "path-monitoring")) {
    return successResponse(renderPathMonitoring(readHaConfig(context.running), context.health));
  }
  if (startsWith(command, "show", "session")) return renderSessions(command, context);
  const operator = renderOperatorState(command, context);
  if (operator !== undefined) return operator;
  const advanced = context.health.advancedRouting === true || usesAdvancedRouting(context.running);
  if (startsWith(command, "show", "routing")) return advanced ? DEPRECATED : renderLegacyRouting(command, context);
  if (startsWith(command, "show", "advanced-routing"))
    return advanced ? renderAdvancedRouting(command, context) : undefined;
  return undefined;
};

function renderLegacyRouting(
  command: ReturnType<typeof commandWords>,
  context: OperationalContext,
): string | undefined {
  const neighbours = simulatedNeighbours(context);
  if (startsWith(command, "show", "routing", "protocol", "bgp", "peer"))
    return successResponse(renderLegacyBgpPeers(neighbours));
  if (startsWith(command, "show", "routing", "bfd"))
    return successResponse(renderLegacyBfd(neighbours, context.health));
  if (startsWith(command, "show", "routing", "route"))
    return successResponse(renderLegacyRoutes(neighbours, context.health));
  return undefined;
}

function renderAdvancedRouting(
  command: ReturnType<typeof commandWords>,
  context: OperationalContext,
): string | undefined {
  const neighbours = simulatedNeighbours(context);
  if (startsWith(command, "show", "advanced-routing", "bgp", "peer")) return jsonResponse(advancedBgpPeers(neighbours));
  if (startsWith(command, "show", "advanced-routing", "bfd"))
    return jsonResponse(advancedBfd(neighbours, context.health));
  if (startsWith(command, "show", "advanced-routing", "route"))
    return jsonResponse(advancedRoutes(neighbours, context.health));
  return undefined;
}

function renderSessions(command: ReturnType<typeof commandWords>, context: OperationalContext): string | undefined {
  const sessions = simulatedSessions(context, simulatedNeighbours(context));
  if (startsWith(command, "show", "session", "all")) return successResponse(renderSessionList(sessions));
  if (startsWith(command, "show", "session", "id")) {
    const detail = renderSessionDetail(sessions, command.argument);
    return detail ? successResponse(detail) : errorResponse([`session ${command.argument ?? ""} not found`], "7");
  }
  return undefined;
}
