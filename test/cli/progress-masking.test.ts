/**
 * listr2's progress (stderr a terminal) draws titles, updates and failures: each passes through the
 * same masking, and all of it goes to stderr, none to stdout (where `--json` writes).
 */
import { PassThrough } from "node:stream";
import { InteractiveProgress } from "../../lib/cli/progress";
import { Terminal } from "../../lib/cli/terminal";

const SECRET = `s3"c&t`;

test("a step's title, updates and failure are masked, and drawn on stderr only", async () => {
  let drawn = "";
  let stdout = "";
  const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 200, rows: 40 });
  stderr.on("data", (chunk: Buffer) => (drawn += chunk.toString("utf8")));
  const terminal = new Terminal({ write: (text: string) => (stdout += text) }, stderr);
  terminal.addSecret(SECRET);
  const written = jest.spyOn(process.stdout, "write");
  const progress = new InteractiveProgress(terminal);
  await expect(
    progress.step(`step for ${SECRET}`, async (update) => {
      update(`update ${JSON.stringify(SECRET)} ${encodeURIComponent(SECRET)}`);
      throw new Error(`device echoed ${SECRET}`);
    }),
  ).rejects.toThrow(`device echoed ${SECRET}`); // the caller still gets the original error
  expect(written).not.toHaveBeenCalled();
  written.mockRestore();
  expect(stdout).toBe("");
  expect(drawn).toContain("step for [redacted]");
  expect(drawn).toContain("device echoed [redacted]");
  for (const form of [SECRET, JSON.stringify(SECRET).slice(1, -1), encodeURIComponent(SECRET)]) {
    expect(drawn).not.toContain(form);
  }
});
