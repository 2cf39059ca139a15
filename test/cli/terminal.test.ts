import { Terminal } from "../../lib/cli/terminal";

test("every line written is redacted of the secrets the run knows", () => {
  let out = "";
  let err = "";
  const terminal = new Terminal({ write: (t: string) => (out += t) }, { write: (t: string) => (err += t) });
  terminal.addSecret("hunter2-password");
  terminal.addSecret("abc"); // too short to redact safely: ordinary words would vanish
  terminal.out("key=hunter2-password;again hunter2-password");
  terminal.error("failed for hunter2-password at abc");
  terminal.writeOut("help hunter2-password\n");
  expect(out).toBe("key=[redacted];again [redacted]\nhelp [redacted]\n");
  expect(err).toBe("mve-ha: error: failed for [redacted] at abc\n");
});

test("progress is drawn in place only on a terminal of known width", () => {
  const sink = (isTTY: boolean, columns?: number) => ({ write: () => true, isTTY, columns });
  expect(new Terminal(sink(false), sink(true, 80)).interactive).toBe(true);
  expect(new Terminal(sink(true), sink(false)).interactive).toBe(false);
  expect(new Terminal(sink(false), sink(true, 0)).interactive).toBe(false);
});
