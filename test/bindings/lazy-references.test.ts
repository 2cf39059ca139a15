/**
 * Issue 17: the generated bindings create nested output references (ComplexObject/ComplexList,
 * each a cdktf stack-trace capture) on first use instead of in every constructor, and behave as
 * before: values given in the config, put/reset, `xInput` and references to nested outputs.
 */
import { App, TerraformStack, Testing } from "cdktf";
import { ethernetInterface } from "../../.gen/providers/panos";
import { countCreationStacks } from "../../bench/synth/creation-stacks";
import { lazyReferences } from "../../tools/bindings/lazy-references";

type Json = Record<string, Record<string, Record<string, Record<string, unknown>>>>;

function newInterface(stack: TerraformStack, id: string): ethernetInterface.EthernetInterface {
  return new ethernetInterface.EthernetInterface(stack, id, {
    location: { ngfw: {} },
    name: "ethernet1/1",
    layer3: { mtu: 9000, ips: [{ name: "10.0.0.1/24" }] },
  });
}

describe("lazy nested output references in .gen/", () => {
  test("constructing an ethernet interface captures no stack trace per nested block", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const count = countCreationStacks(() => newInterface(stack, "data"));
    // One per block the config gives (location, location.ngfw, layer3, layer3.ips); eager
    // references captured one for each of the schema's 94 nested blocks.
    expect(count.byOwner["binding panos/ethernet-interface"]).toBe(4);
  });

  test("config values, put, reset and Input read back as before, and synthesize", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const iface = newInterface(stack, "data");
    expect(iface.layer3Input).toEqual({ mtu: 9000, ips: [{ name: "10.0.0.1/24" }] });
    expect(iface.haInput).toBeUndefined();
    iface.putHa({});
    iface.putLocation({ ngfw: { ngfwDevice: "localhost.localdomain" } });
    const other = newInterface(stack, "other");
    other.resetLayer3();
    other.putHa({});
    other.resetHa();
    expect(other.layer3Input).toBeUndefined();
    expect(other.haInput).toBeUndefined();
    const json = JSON.parse(Testing.synth(stack)) as Json;
    const data = json.resource.panos_ethernet_interface.data;
    expect(data.layer3).toEqual({ mtu: 9000, ips: [{ name: "10.0.0.1/24" }] });
    expect(data.ha).toEqual({});
    expect(data.location).toEqual({ ngfw: { ngfw_device: "localhost.localdomain" } });
    expect(json.resource.panos_ethernet_interface.other.layer3).toBeUndefined();
    expect(json.resource.panos_ethernet_interface.other.ha).toBeUndefined();
  });

  test("a nested output read after construction is created then and references the attribute", () => {
    const app = new App();
    const stack = new TerraformStack(app, "s");
    const iface = newInterface(stack, "data");
    expect(iface.layer3).toBe(iface.layer3);
    new ethernetInterface.EthernetInterface(stack, "copy", {
      location: { ngfw: {} },
      name: "ethernet1/2",
      layer3: { mtu: iface.layer3.mtu },
    });
    const json = JSON.parse(Testing.synth(stack)) as Json;
    expect(json.resource.panos_ethernet_interface.copy.layer3).toEqual({
      mtu: "${panos_ethernet_interface.data.layer3.mtu}",
    });
  });
});

describe("the lazy-references generation step", () => {
  const generated = [
    "export class Thing extends cdktf.ComplexObject {",
    "  public get internalValue() {",
    "    if (this._inner?.internalValue !== undefined) {",
    "      internalValueResult.inner = this._inner?.internalValue;",
    "    }",
    "  }",
    '  private _inner = new InnerOutputReference(this, "inner");',
    "  public get inner() {",
    "    return this._inner;",
    "  }",
    "  public putInner(value: Inner) {",
    "    this._inner.internalValue = value;",
    "  }",
    "  public resetInner() {",
    "    this._inner.internalValue = undefined;",
    "  }",
    "  public get innerInput() {",
    "    return this._inner.internalValue;",
    "  }",
    "}",
  ].join("\n");

  test("turns a stored reference into a getter and reads/clears through the backing field", () => {
    const out = lazyReferences(generated);
    expect(out).toContain("private __inner?: InnerOutputReference;");
    expect(out).toContain('return (this.__inner ??= new InnerOutputReference(this, "inner"));');
    expect(out).toContain("internalValueResult.inner = this.__inner?.internalValue;");
    expect(out).toContain("if (value !== undefined || this.__inner !== undefined) this._inner.internalValue = value;");
    expect(out).toContain("if (this.__inner !== undefined) this.__inner.internalValue = undefined;");
    expect(out).toContain("return this.__inner?.internalValue;");
    expect(out).not.toContain("private _inner = new");
  });

  test("refuses a use it does not know, rather than emit bindings that might differ", () => {
    const changed = generated.replace("return this._inner;", "return this._inner.get(0);");
    expect(() => lazyReferences(changed)).toThrow(/unknown use of _inner: "return this._inner.get\(0\);"/);
  });

  test("leaves a plain field of the same name in another class alone", () => {
    const plain = [
      "export class Other {",
      "  private _inner?: string;",
      "  public get x() {",
      "    return this._inner.length;",
      "  }",
      "}",
    ].join("\n");
    expect(lazyReferences(`${generated}\n${plain}`)).toContain(plain);
  });
});
