export * from "./client";
export * from "./commit";
export * from "./deadline";
export * from "./envelope";
export * from "./errors";
export * from "./jobs";
export * from "./locks";
export * from "./transport";
