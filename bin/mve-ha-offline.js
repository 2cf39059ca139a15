#!/usr/bin/env node
// The `mve-ha-offline` command: Terraform with offline Megaport and PAN-OS providers, for checking
// synthesized stacks without credentials. The package ships it as one bundled file; a source
// checkout runs the same command from tools/tf through tsx (as `npm run tf` does).
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const source = join(__dirname, "..", "tools", "tf", "cli.ts");
if (existsSync(source)) {
  require("tsx/cjs");
  require(source);
} else {
  require(join(__dirname, "..", "dist", "bundle", "mve-ha-offline.cjs"));
}
