/** A small client of the Megaport API: token, product reads, and the product states `mve-ha verify` judges. */
export * from "./errors";
export * from "./environment";
export { MegaportClient, DEFAULT_MEGAPORT_RETRY, type MegaportClientOptions } from "./client";
export { readMve, readVxc, READY_STATUSES, type ProductKind, type ProductState } from "./product";
