export * from "./spec";
export * from "./xml";
export * from "./xpath";
export * from "./compare";
