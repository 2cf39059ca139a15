import { parseResponse } from "../../lib/xmlapi/envelope";
import { PanosUnavailableError } from "../../lib/xmlapi/errors";
import { captureFiles, cutPoints, deviceBody } from "../xmlspec/truncation";

const HOST = "192.0.2.1";

/** What parseResponse made of a body: the status it returned, or the class of what it threw. */
function outcomeOf(body: string): string {
  try {
    return `status=${parseResponse(body, 200, HOST).status}`;
  } catch (error) {
    return error instanceof Error ? error.name : String(error);
  }
}

describe("the envelope parser refuses truncated and malformed answers", () => {
  test("no cut point of any recorded capture gives a result; each is PanosUnavailableError", () => {
    const results = new Map<string, number>();
    let tried = 0;
    for (const { text } of captureFiles()) {
      const body = deviceBody(text);
      for (const n of cutPoints(body, 200)) {
        tried++;
        const outcome = outcomeOf(body.slice(0, n));
        results.set(outcome, (results.get(outcome) ?? 0) + 1);
      }
    }
    expect(tried).toBeGreaterThan(3000);
    expect(Object.fromEntries(results)).toEqual({ PanosUnavailableError: tried });
  });

  test("a truncated answer says so, and that the request may have been processed", () => {
    const body = deviceBody(captureFiles().find((c) => c.name.startsWith("commit__job-enqueued"))?.text ?? "");
    let thrown: unknown;
    try {
      parseResponse(body.slice(0, body.indexOf("</result>")), 200, HOST);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PanosUnavailableError);
    expect((thrown as PanosUnavailableError).maybeProcessed).toBe(true);
    expect((thrown as Error).message).toMatch(/^192\.0\.2\.1 answered HTTP 200 with malformed XML \(.+\)/);
  });

  test.each([
    ["text after the response", `<response status="success"><result/></response>garbage`],
    ["a second root element", `<response status="success"><result/></response><response status="error"/>`],
    ["a response that is not the root", `<html><response status="success"><result/></response></html>`],
  ])("%s is not an answer", (_what, body) => {
    expect(outcomeOf(body)).toBe("PanosUnavailableError");
  });

  test("whitespace after a complete answer is still an answer", () => {
    expect(outcomeOf(`<response status="success"><result/></response>\n\n`)).toBe("status=success");
  });
});
