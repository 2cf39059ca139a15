import { expectSuccess, messageLines, parseResponse } from "../../lib/xmlapi/envelope";
import {
  CommitBusyError,
  ConfigLockedError,
  PanosApiError,
  PanosAuthError,
  PanosUnavailableError,
} from "../../lib/xmlapi/errors";
import { path, textOf } from "../../lib/xmlspec/xml";
import { capture } from "./captures";

const HOST = "192.0.2.1";
const parse = (name: string, status = 200) => parseResponse(capture(name), status, HOST);

describe("response envelope of recorded replies", () => {
  test("get of an absent node: status success, code 7, empty result", () => {
    const response = parse("config-get__object-not-present-code7");
    expect(response).toMatchObject({ status: "success", code: 7 });
    expect(response.result?.children).toEqual([]);
    expect(() => expectSuccess(response, "get", HOST)).not.toThrow();
  });

  test("a queued commit carries code 19, a job id and a message line", () => {
    const response = parse("commit__job-enqueued");
    expect(response.code).toBe(19);
    expect(textOf(path(response.root, "result", "job"))).toBe("2");
    expect(response.lines).toEqual(["Commit job enqueued with jobid 2"]);
  });

  test("'no changes' carries the same code 19 but no job id", () => {
    const response = parse("commit__no-changes");
    expect(response.code).toBe(19);
    expect(path(response.root, "result", "job")).toBeUndefined();
    expect(response.lines).toEqual(["There are no changes to commit."]);
  });

  test("a multi-line code 12 validation error keeps every line, trimmed, in the typed error", () => {
    const response = parse("config-set__error-code12-multiline");
    expect(response.lines).toEqual([
      "tf123456 -> server -> first server  is invalid. HTTP method must be GET, Username/Password must not be empty when Tag Distribution is chosen",
      "tf123456 -> server is invalid",
    ]);
    let thrown: unknown;
    try {
      expectSuccess(response, "set /config/x", HOST);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PanosApiError);
    expect(thrown).toMatchObject({ code: 12, lines: response.lines });
    expect((thrown as Error).message).toMatch(
      /set \/config\/x on 192\.0\.2\.1 was refused \(code 12, invalid object\)/,
    );
    expect((thrown as Error).message).toContain("tf123456 -> server is invalid");
  });

  test("HTTP 403 with single-quoted, space-padded attributes maps to an authentication error", () => {
    const response = parse("error__http403-invalid-credentials", 403);
    expect(response).toMatchObject({ status: "error", code: 403, lines: ["Invalid credentials."] });
    expect(() => expectSuccess(response, "op", HOST)).toThrow(PanosAuthError);
  });

  test("HTTP 400 body: message under result/msg", () => {
    const response = parse("error__http400-illegal-parameter", 400);
    expect(response).toMatchObject({ status: "error", code: 400, lines: ["Illegal parameter [request]"] });
    expect(() => expectSuccess(response, "op", HOST)).toThrow(/code 400, bad request\): Illegal parameter/);
  });

  test("code 17 invalid command and show of a missing node are API errors with their lines", () => {
    const invalid = parse("error__code17-invalid-command");
    expect(invalid.lines).toEqual([
      "is invalid virtual-router.Current target-vsys is none",
      "show -> routing -> route -> virtual-router is invalid",
    ]);
    expect(() => expectSuccess(invalid, "op", HOST)).toThrow(PanosApiError);
    const missing = parse("config-show__no-such-node");
    expect(missing).toMatchObject({ status: "error", code: undefined, lines: ["No such node"] });
  });

  test("multi-config: the lines of nested replies are collected", () => {
    const response = parse("multi-config__partial-failure-code13");
    expect(response.code).toBe(13);
    expect(messageLines(response.root)).toEqual([
      "command succeeded",
      "Object doesn't exist",
      "test-new unexpected here",
    ]);
  });

  test("every recorded reply parses as an envelope", () => {
    const names = [
      "show-jobs-all__upgrade-assurance",
      "show-config-locks__upgrade-assurance",
      "show-system-info__pa-vm-kvm",
      "show-system-info__pa5250-9.1",
      "validate-full__job-enqueued",
      "request-high-availability-state-suspend__doc-example",
    ];
    for (const name of names) expect(parse(name).status).toBe("success");
    expect(textOf(path(parse("show-system-info__pa-vm-kvm").result, "system", "sw-version"))).toBe("8.1.3");
  });
});

describe("replies that are not API responses", () => {
  test("an nginx 502 HTML page means the device is unavailable (possibly mid-request)", () => {
    const html =
      "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";
    let thrown: unknown;
    try {
      parseResponse(html, 502, HOST);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PanosUnavailableError);
    expect(thrown).toMatchObject({ maybeProcessed: true });
    expect((thrown as Error).message).toBe("192.0.2.1 answered HTTP 502 with an HTML page instead of an API response");
  });

  test("an empty body and plain text are unavailable too", () => {
    expect(() => parseResponse("", 200, HOST)).toThrow(/an empty body/);
    expect(() => parseResponse("Service restarting", 200, HOST)).toThrow(/a non-XML body/);
  });
});

describe("typed errors from message text", () => {
  const failure = (line: string, code?: number) =>
    parseResponse(
      `<response status="error"${code ? ` code="${code}"` : ""}><msg><line><![CDATA[${line}]]></line></msg></response>`,
      200,
      HOST,
    );

  test("a configuration lock names its holder", () => {
    expect(() => expectSuccess(failure("Configuration is locked by netops"), "set", HOST)).toThrow(ConfigLockedError);
    expect(() => expectSuccess(failure("Configuration is locked by netops"), "set", HOST)).toThrow(/locked by netops/);
  });

  test.each([
    "Another commit/validate is in progress. Please try again later",
    "A commit is in progress.",
    "Commit job was not queued since auto-commit not yet finished",
  ])("%s is a busy commit, to wait for", (line) => {
    expect(() => expectSuccess(failure(line), "commit", HOST)).toThrow(CommitBusyError);
  });
});
