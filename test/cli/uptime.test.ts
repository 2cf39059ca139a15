import { parseUptime } from "../../lib/cli/device/uptime";

test("PAN-OS uptimes parse to seconds; other shapes are undefined", () => {
  expect(parseUptime("0 days, 0:19:41")).toBe(1181);
  expect(parseUptime("3 days, 4:05:06")).toBe(((3 * 24 + 4) * 60 + 5) * 60 + 6);
  expect(parseUptime("1 day, 0:00:01")).toBe(86_401);
  for (const bad of [undefined, "", "19:41", "forever"]) expect(parseUptime(bad)).toBeUndefined();
});
