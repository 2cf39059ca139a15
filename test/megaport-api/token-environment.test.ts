/** The token is kept for its lifetime (less a margin) and the environment decides the URLs, as the Terraform provider. */
import {
  MEGAPORT_ENDPOINTS,
  megaportSettingsFromEnvironment,
  MegaportSettingsError,
} from "../../lib/megaport-api/environment";
import { renewAt, TokenCache, type AccessToken } from "../../lib/megaport-api/token";

describe("token lifetime", () => {
  test("renewed a tenth of its life early, at most a minute early", () => {
    expect(renewAt(3600, 0)).toBe(3_540_000);
    expect(renewAt(100, 0)).toBe(90_000);
  });

  test("kept until its renewal time, then fetched again; concurrent callers share one fetch", async () => {
    let fetches = 0;
    const cache = new TokenCache(async () => ({ value: `t${++fetches}`, renewAt: 1_000 }));
    const [a, b] = await Promise.all([cache.current(0), cache.current(0)]);
    expect([a.value, b.value]).toEqual(["t1", "t1"]);
    expect((await cache.current(999)).value).toBe("t1");
    expect((await cache.current(1_000)).value).toBe("t2");
    expect(fetches).toBe(2);
  });

  test("a refused token is replaced once, even when several requests report it", async () => {
    let fetches = 0;
    const cache = new TokenCache(async (): Promise<AccessToken> => ({ value: `t${++fetches}`, renewAt: Infinity }));
    const first = await cache.current();
    cache.refused(first);
    const second = await cache.current();
    cache.refused(first);
    expect((await cache.current()).value).toBe(second.value);
    expect(fetches).toBe(2);
  });

  test("a failed fetch is shared by the run (rejected keys are asked about once)", async () => {
    let fetches = 0;
    const cache = new TokenCache(async () => {
      fetches++;
      throw new Error("rejected");
    });
    await expect(cache.current()).rejects.toThrow("rejected");
    await expect(cache.current()).rejects.toThrow("rejected");
    expect(fetches).toBe(1);
  });
});

describe("settings from the environment", () => {
  const keys = { MEGAPORT_ACCESS_KEY: "access", MEGAPORT_SECRET_KEY: "secret" };

  test("no keys: undefined (the checks are skipped)", () => {
    expect(megaportSettingsFromEnvironment({})).toBeUndefined();
    expect(megaportSettingsFromEnvironment({ MEGAPORT_ACCESS_KEY: "", MEGAPORT_SECRET_KEY: "" })).toBeUndefined();
  });

  test("one key without the other is a mistake naming both variables", () => {
    expect(() => megaportSettingsFromEnvironment({ MEGAPORT_ACCESS_KEY: "a" })).toThrow(
      "MEGAPORT_ACCESS_KEY is set but MEGAPORT_SECRET_KEY is not",
    );
    expect(() => megaportSettingsFromEnvironment({ MEGAPORT_SECRET_KEY: "s" })).toThrow(
      "MEGAPORT_SECRET_KEY is set but MEGAPORT_ACCESS_KEY is not",
    );
  });

  test("unset environment means staging, as for the Terraform provider", () => {
    expect(megaportSettingsFromEnvironment(keys)).toEqual({
      accessKey: "access",
      secretKey: "secret",
      environment: "staging",
      apiUrl: "https://api-staging.megaport.com",
      tokenUrl: "https://auth-m2m-staging.megaport.com/oauth2/token",
    });
  });

  test.each(["production", "staging", "development"] as const)("%s selects its API and token URLs", (name) => {
    const settings = megaportSettingsFromEnvironment({ ...keys, MEGAPORT_ENVIRONMENT: name });
    expect(settings).toMatchObject({
      environment: name,
      apiUrl: MEGAPORT_ENDPOINTS[name].api,
      tokenUrl: MEGAPORT_ENDPOINTS[name].token,
    });
  });

  test("production is api.megaport.com with auth-m2m.megaport.com", () => {
    expect(MEGAPORT_ENDPOINTS.production).toEqual({
      api: "https://api.megaport.com",
      token: "https://auth-m2m.megaport.com/oauth2/token",
    });
  });

  test("an unknown environment is refused with the allowed names", () => {
    expect(() => megaportSettingsFromEnvironment({ ...keys, MEGAPORT_ENVIRONMENT: "prod" })).toThrow(
      /MEGAPORT_ENVIRONMENT="prod" is not an environment; use production, staging or development/,
    );
  });

  test("MEGAPORT_API_URL and MEGAPORT_TOKEN_URL override the URLs (trailing slash dropped); garbage is refused", () => {
    const settings = megaportSettingsFromEnvironment({
      ...keys,
      MEGAPORT_API_URL: "http://127.0.0.1:8080/",
      MEGAPORT_TOKEN_URL: "http://127.0.0.1:8081/oauth2/token",
    });
    expect(settings).toMatchObject({ apiUrl: "http://127.0.0.1:8080", tokenUrl: "http://127.0.0.1:8081/oauth2/token" });
    expect(() => megaportSettingsFromEnvironment({ ...keys, MEGAPORT_API_URL: "not a url" })).toThrow(
      MegaportSettingsError,
    );
    expect(() => megaportSettingsFromEnvironment({ ...keys, MEGAPORT_TOKEN_URL: "ftp://x/" })).toThrow(/http or https/);
  });
});
