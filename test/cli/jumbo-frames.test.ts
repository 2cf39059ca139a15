import { desiredJumboFrames } from "../../lib/cli/device/jumbo-frames";
import type { XmlOperation, XmlSpec } from "../../lib/xmlspec/spec";
import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";

const SETTING = `${DEVICE_ROOT}/deviceconfig/setting`;
const spec = (...operations: XmlOperation[]): XmlSpec => ({ version: 1, name: "t", requiresReboot: true, operations });

test.each<[string, XmlOperation[], boolean | undefined]>([
  [
    "set of the setting's parent with jumbo-frame",
    [{ action: "set", xpath: SETTING, element: "<jumbo-frame><mtu>9192</mtu></jumbo-frame>" }],
    true,
  ],
  ["set inside jumbo-frame", [{ action: "set", xpath: `${SETTING}/jumbo-frame`, element: "<mtu>9192</mtu>" }], true],
  [
    "edit of the setting holding jumbo-frame",
    [{ action: "edit", xpath: SETTING, element: "<setting><jumbo-frame/></setting>" }],
    true,
  ],
  [
    "edit of the setting without jumbo-frame",
    [{ action: "edit", xpath: SETTING, element: "<setting><auto-mac-detect>yes</auto-mac-detect></setting>" }],
    false,
  ],
  ["delete of jumbo-frame", [{ action: "delete", xpath: `${SETTING}/jumbo-frame` }], false],
  ["delete of its mtu only", [{ action: "delete", xpath: `${SETTING}/jumbo-frame/mtu` }], undefined],
  [
    "set of other settings",
    [{ action: "set", xpath: SETTING, element: "<auto-mac-detect>yes</auto-mac-detect>" }],
    undefined,
  ],
  [
    "an unrelated node",
    [{ action: "set", xpath: `${DEVICE_ROOT}/deviceconfig/system`, element: "<jumbo-frame/>" }],
    undefined,
  ],
  [
    "the last operation wins",
    [
      { action: "set", xpath: SETTING, element: "<jumbo-frame/>" },
      { action: "delete", xpath: SETTING },
    ],
    false,
  ],
])("%s", (_name, operations, expected) => {
  expect(desiredJumboFrames(spec(...operations))).toBe(expected);
});
