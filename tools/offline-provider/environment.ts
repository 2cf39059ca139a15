/** Environment variables the offline provider reads (the harness sets them). */

/** The fixture file (tools/offline-provider/README.md); absent = deterministic values only. */
export const FIXTURES_ENV = "OFFLINE_PROVIDER_FIXTURES";

/** A private, writable directory for derived data (the serialized schema response); optional. */
export const CACHE_DIR_ENV = "OFFLINE_PROVIDER_CACHE_DIR";
