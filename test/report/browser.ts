/**
 * Debian's Chromium for tests that look at a page as a person would: headless, no sandbox (CI runs
 * as root), background networking and every other phone-home off, and a fresh profile. Pages are
 * loaded from disk; every request the page makes is recorded, and any but `file:` is refused.
 */
import * as fs from "node:fs";
import type { Browser, Page } from "playwright-core";

/** Where .ci/run installs Debian's `chromium` package; CHROMIUM_PATH overrides. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((c): c is string => c !== undefined && c !== "" && fs.existsSync(c));
}

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--metrics-recording-only",
  "--no-default-browser-check",
  // Any host name a page could name resolves nowhere: nothing leaves the machine.
  "--host-resolver-rules=MAP * ~NOTFOUND",
];

/** A headless Chromium (Playwright gives each launch a new, empty profile directory). */
export async function launchChromium(executablePath: string): Promise<Browser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, timeout: 90_000 });
}

/** Opens a file in a new page; returns the page and every URL it requested besides the file. */
export async function openFile(
  newPage: () => Promise<Page>,
  file: string,
): Promise<{ page: Page; requested: string[] }> {
  const page = await newPage();
  const requested: string[] = [];
  const url = `file://${file}`;
  await page.route("**/*", async (route) => {
    const asked = route.request().url();
    if (asked === url) return route.continue();
    requested.push(asked);
    return route.abort();
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, requested };
}
