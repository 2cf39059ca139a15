import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { provider } from "../../.gen/providers/megaport";
import { PaloAltoMve, type PaloAltoMveProps } from "../../lib/megaport";
import { sshRsaKey } from "../helpers/ssh-keys";

/** A stack with the megaport provider. */
export function newStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "network");
  new provider.MegaportProvider(stack, "megaport", {});
  return stack;
}

/** A sensitive variable's value, as the example passes secrets. */
export function secret(stack: TerraformStack, name: string): string {
  const existing = stack.node.tryFindChild(name) as TerraformVariable | undefined;
  return (existing ?? new TerraformVariable(stack, name, { type: "string", sensitive: true })).stringValue;
}

/** Props of a valid MVE; override what a test is about. */
export function mveProps(stack: TerraformStack, overrides: Partial<PaloAltoMveProps> = {}): PaloAltoMveProps {
  return {
    productName: "fw",
    location: { id: 3 },
    size: "MEDIUM",
    image: { version: "10.2.9-h1" },
    sshPublicKey: sshRsaKey(),
    adminPasswordHash: secret(stack, "admin_password_hash"),
    ...overrides,
  } as PaloAltoMveProps;
}

/** Two valid MVEs in one stack. */
export function mvePair(stack: TerraformStack): [PaloAltoMve, PaloAltoMve] {
  return [
    new PaloAltoMve(stack, "mve-0", mveProps(stack, { productName: "fw-0", location: { id: 3 } })),
    new PaloAltoMve(stack, "mve-1", mveProps(stack, { productName: "fw-1", location: { id: 4 } })),
  ];
}
