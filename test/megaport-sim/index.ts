/** A simulated Megaport API for tests (loopback only). */
export * from "./products";
export * from "./server";
