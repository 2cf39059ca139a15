/** The documentation lists every check and every command `mve-ha verify` sends. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECK_IDS, OP_COMMANDS } from "../../lib/verify";

const ROOT = join(__dirname, "..", "..");
const checksDoc = readFileSync(join(ROOT, "lib", "verify", "CHECKS.md"), "utf8");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const verifySection = readme.slice(readme.indexOf("## Check the pair: `mve-ha verify`"), readme.indexOf("## Safety"));

test.each([...CHECK_IDS])("%s has a row in CHECKS.md and in the README verify table", (id) => {
  expect(checksDoc).toMatch(new RegExp(`^\\| \`${id.replace(".", "\\.")}\` +\\|`, "m"));
  expect(verifySection).toMatch(new RegExp(`^\\| \`${id.replace(".", "\\.")}\` +\\|`, "m"));
});

test.each(Object.entries(OP_COMMANDS))("CHECKS.md names the %s command", (_name, cmd) => {
  expect(checksDoc).toContain(`\`${cmd}\``);
});
