import { readJsonResult, readOpResponse } from "../../lib/verify/response";
import { capture, ok, resultOf } from "./helpers";

describe("op response envelope", () => {
  test("success yields the result element", () => {
    const answer = readOpResponse(capture("show-routing-route__empty"));
    expect(answer.ok).toBe(true);
    if (answer.ok) expect(answer.value.name).toBe("result");
  });

  test("error code 17 with CDATA lines carries the device's lines and code", () => {
    const answer = readOpResponse(capture("error__code17-invalid-command"));
    expect(answer).toEqual({
      ok: false,
      message:
        "device answered error code 17: is invalid virtual-router.Current target-vsys is none; show -> routing -> route -> virtual-router is invalid",
    });
  });

  test("single-quoted, space-padded attributes and result/msg (HTTP 400 and 403 bodies)", () => {
    expect(readOpResponse(capture("error__http400-illegal-parameter"))).toEqual({
      ok: false,
      message: "device answered error code 400: Illegal parameter [request]",
    });
    expect(readOpResponse(capture("error__http403-invalid-credentials"))).toEqual({
      ok: false,
      message: "device answered error code 403: Invalid credentials.",
    });
  });

  test("error without code, message under msg/line", () => {
    expect(readOpResponse(capture("config-show__no-such-node"))).toEqual({
      ok: false,
      message: "device answered error: No such node",
    });
  });

  test("an HTML error page is not an answer", () => {
    const answer = readOpResponse("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.message).toMatch(/^not a PAN-OS XML API response: <html> 502 Bad Gateway/);
  });

  test("garbage and empty bodies are unparsable or not answers, never success", () => {
    for (const body of ["", "not xml <<", '{"json": true}']) {
      expect(readOpResponse(body).ok).toBe(false);
    }
  });

  test("the Advanced Routing deprecation is an error even when the status says success", () => {
    const answer = readOpResponse(ok("Command deprecated in Advanced Routing Mode."));
    expect(answer).toEqual({ ok: false, message: "device answered: Command deprecated in Advanced Routing Mode." });
  });

  test("the deprecation phrase inside data does not count as the device's message", () => {
    const answer = readOpResponse(
      ok(`<entry peer="deprecated in Advanced Routing Mode"><status>Established</status></entry>`),
    );
    expect(answer.ok).toBe(true);
  });

  test("JSON inside <json> is parsed; broken JSON is a failure", () => {
    const routes = readJsonResult(resultOf(capture("show-advanced-routing-route__upgrade-assurance")));
    expect(routes.ok && Object.keys(routes.value as object)).toEqual(["public-lr"]);
    const broken = readJsonResult(resultOf(ok('<json>{"a": </json>')));
    expect(broken.ok).toBe(false);
    expect(readJsonResult(resultOf(ok("")))).toEqual({ ok: true, value: {} });
  });
});
