#!/usr/bin/env node
// The `mve-ha` command. In a source checkout it runs the TypeScript through tsx; in the
// published package it runs the compiled JavaScript from dist/.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const source = join(__dirname, "..", "lib", "cli", "main.ts");
let entry;
if (existsSync(source)) {
  require("tsx/cjs");
  entry = require(source);
} else {
  entry = require(join(__dirname, "..", "dist", "lib", "cli", "main.js"));
}
entry.main();
