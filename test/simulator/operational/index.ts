import type { OperationalRenderer } from "./types";

export * from "./types";

/**
 * Placeholder until the operational renderer lands: answers nothing, so the simulator core
 * reports every HA/BGP/BFD/route/session command as unknown (code 17).
 */
export const renderOperational: OperationalRenderer = () => undefined;
