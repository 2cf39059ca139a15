/**
 * A layer-3 interface's or subinterface's `mtu` may not exceed the jumbo-frame MTU
 * (`deviceconfig/setting/jumbo-frame/mtu`, default 9192) while jumbo-frame mode is on, nor 1500 while
 * it is off (the mode follows `set system setting jumbo-frame` and a restart, not the configuration).
 * Source: PAN-OS web interface help, Layer 3 Interface / Subinterface ("MTU: 576 to 9,192; default
 * 1,500", jumbo frames needed above 1,500) and Device > Setup > Session (Jumbo Frame, Global MTU).
 * Wording ours, in the captured layout.
 */
import { textAt } from "../../operational/device-config";
import type { ConfigView } from "../config-view";
import type { CommitRule, DeviceFacts, Violation } from "../types";

const STANDARD_MTU = 1500;

function check(config: ConfigView, facts: DeviceFacts): Violation[] {
  const limit = facts.jumboMode ? config.jumboFrameMtu : STANDARD_MTU;
  return config.layer3Interfaces.flatMap((i): Violation[] => {
    const mtu = textAt(i.element, "mtu");
    if (mtu === undefined || Number(mtu) <= limit) return [];
    const where = i.parent === undefined ? [...i.path, "layer3", "mtu"] : [...i.path, "mtu"];
    const message = facts.jumboMode
      ? `'${mtu}' exceeds the jumbo-frame MTU ${limit}`
      : `'${mtu}' exceeds ${limit}: jumbo-frame mode is off`;
    return [{ scope: "device", path: where, message }];
  });
}

export const interfaceMtu: CommitRule = {
  id: "interface-mtu",
  source: "PAN-OS help, Layer 3 Interface (MTU 576-9192) and Device > Setup > Session (jumbo frame MTU)",
  check,
};
