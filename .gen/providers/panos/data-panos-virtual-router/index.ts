// generated from terraform resource schema

import { DataPanosVirtualRouterAdministrativeDistances, 
dataPanosVirtualRouterAdministrativeDistancesToTerraform, 
dataPanosVirtualRouterAdministrativeDistancesToHclTerraform, 
DataPanosVirtualRouterAdministrativeDistancesOutputReference, 
DataPanosVirtualRouterEcmp, 
dataPanosVirtualRouterEcmpToTerraform, 
dataPanosVirtualRouterEcmpToHclTerraform, 
DataPanosVirtualRouterEcmpOutputReference, 
DataPanosVirtualRouterLocation, 
dataPanosVirtualRouterLocationToTerraform, 
dataPanosVirtualRouterLocationToHclTerraform, 
DataPanosVirtualRouterLocationOutputReference, 
DataPanosVirtualRouterMulticast, 
dataPanosVirtualRouterMulticastToTerraform, 
dataPanosVirtualRouterMulticastToHclTerraform, 
DataPanosVirtualRouterMulticastOutputReference, 
DataPanosVirtualRouterProtocol, 
dataPanosVirtualRouterProtocolToTerraform, 
dataPanosVirtualRouterProtocolToHclTerraform, 
DataPanosVirtualRouterProtocolOutputReference} from './index-structs'
export * from './index-structs'
import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataPanosVirtualRouterConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/virtual_router#administrative_distances DataPanosVirtualRouter#administrative_distances}
  */
  readonly administrativeDistances?: DataPanosVirtualRouterAdministrativeDistances;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/virtual_router#ecmp DataPanosVirtualRouter#ecmp}
  */
  readonly ecmp?: DataPanosVirtualRouterEcmp;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/virtual_router#interfaces DataPanosVirtualRouter#interfaces}
  */
  readonly interfaces?: string[];
  /**
  * The location of this object.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/virtual_router#location DataPanosVirtualRouter#location}
  */
  readonly location: DataPanosVirtualRouterLocation;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/virtual_router#multicast DataPanosVirtualRouter#multicast}
  */
  readonly multicast?: DataPanosVirtualRouterMulticast;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/virtual_router#name DataPanosVirtualRouter#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/virtual_router#protocol DataPanosVirtualRouter#protocol}
  */
  readonly protocol?: DataPanosVirtualRouterProtocol;
}

/**
* Represents a {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/virtual_router panos_virtual_router}
*/
export class DataPanosVirtualRouter extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "panos_virtual_router";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataPanosVirtualRouter resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataPanosVirtualRouter to import
  * @param importFromId The id of the existing DataPanosVirtualRouter that should be imported. Refer to the {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/virtual_router#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataPanosVirtualRouter to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "panos_virtual_router", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/virtual_router panos_virtual_router} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataPanosVirtualRouterConfig
  */
  public constructor(scope: Construct, id: string, config: DataPanosVirtualRouterConfig) {
    super(scope, id, {
      terraformResourceType: 'panos_virtual_router',
      terraformGeneratorMetadata: {
        providerName: 'panos',
        providerVersionConstraint: '2.0.12'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    if (config.administrativeDistances !== undefined || this.__administrativeDistances !== undefined) this._administrativeDistances.internalValue = config.administrativeDistances;
    if (config.ecmp !== undefined || this.__ecmp !== undefined) this._ecmp.internalValue = config.ecmp;
    this._interfaces = config.interfaces;
    if (config.location !== undefined || this.__location !== undefined) this._location.internalValue = config.location;
    if (config.multicast !== undefined || this.__multicast !== undefined) this._multicast.internalValue = config.multicast;
    this._name = config.name;
    if (config.protocol !== undefined || this.__protocol !== undefined) this._protocol.internalValue = config.protocol;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // administrative_distances - computed: true, optional: true, required: false
  private __administrativeDistances?: DataPanosVirtualRouterAdministrativeDistancesOutputReference;
  private get _administrativeDistances(): DataPanosVirtualRouterAdministrativeDistancesOutputReference {
    return (this.__administrativeDistances ??= new DataPanosVirtualRouterAdministrativeDistancesOutputReference(this, "administrative_distances"));
  }
  public get administrativeDistances() {
    return this._administrativeDistances;
  }
  public putAdministrativeDistances(value: DataPanosVirtualRouterAdministrativeDistances) {
    if (value !== undefined || this.__administrativeDistances !== undefined) this._administrativeDistances.internalValue = value;
  }
  public resetAdministrativeDistances() {
    if (this.__administrativeDistances !== undefined) this.__administrativeDistances.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get administrativeDistancesInput() {
    return this.__administrativeDistances?.internalValue;
  }

  // ecmp - computed: true, optional: true, required: false
  private __ecmp?: DataPanosVirtualRouterEcmpOutputReference;
  private get _ecmp(): DataPanosVirtualRouterEcmpOutputReference {
    return (this.__ecmp ??= new DataPanosVirtualRouterEcmpOutputReference(this, "ecmp"));
  }
  public get ecmp() {
    return this._ecmp;
  }
  public putEcmp(value: DataPanosVirtualRouterEcmp) {
    if (value !== undefined || this.__ecmp !== undefined) this._ecmp.internalValue = value;
  }
  public resetEcmp() {
    if (this.__ecmp !== undefined) this.__ecmp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ecmpInput() {
    return this.__ecmp?.internalValue;
  }

  // interfaces - computed: true, optional: true, required: false
  private _interfaces?: string[]; 
  public get interfaces() {
    return this.getListAttribute('interfaces');
  }
  public set interfaces(value: string[]) {
    this._interfaces = value;
  }
  public resetInterfaces() {
    this._interfaces = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get interfacesInput() {
    return this._interfaces;
  }

  // location - computed: false, optional: false, required: true
  private __location?: DataPanosVirtualRouterLocationOutputReference;
  private get _location(): DataPanosVirtualRouterLocationOutputReference {
    return (this.__location ??= new DataPanosVirtualRouterLocationOutputReference(this, "location"));
  }
  public get location() {
    return this._location;
  }
  public putLocation(value: DataPanosVirtualRouterLocation) {
    if (value !== undefined || this.__location !== undefined) this._location.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get locationInput() {
    return this.__location?.internalValue;
  }

  // multicast - computed: true, optional: true, required: false
  private __multicast?: DataPanosVirtualRouterMulticastOutputReference;
  private get _multicast(): DataPanosVirtualRouterMulticastOutputReference {
    return (this.__multicast ??= new DataPanosVirtualRouterMulticastOutputReference(this, "multicast"));
  }
  public get multicast() {
    return this._multicast;
  }
  public putMulticast(value: DataPanosVirtualRouterMulticast) {
    if (value !== undefined || this.__multicast !== undefined) this._multicast.internalValue = value;
  }
  public resetMulticast() {
    if (this.__multicast !== undefined) this.__multicast.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get multicastInput() {
    return this.__multicast?.internalValue;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // protocol - computed: true, optional: true, required: false
  private __protocol?: DataPanosVirtualRouterProtocolOutputReference;
  private get _protocol(): DataPanosVirtualRouterProtocolOutputReference {
    return (this.__protocol ??= new DataPanosVirtualRouterProtocolOutputReference(this, "protocol"));
  }
  public get protocol() {
    return this._protocol;
  }
  public putProtocol(value: DataPanosVirtualRouterProtocol) {
    if (value !== undefined || this.__protocol !== undefined) this._protocol.internalValue = value;
  }
  public resetProtocol() {
    if (this.__protocol !== undefined) this.__protocol.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolInput() {
    return this.__protocol?.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      administrative_distances: dataPanosVirtualRouterAdministrativeDistancesToTerraform(this.__administrativeDistances?.internalValue),
      ecmp: dataPanosVirtualRouterEcmpToTerraform(this.__ecmp?.internalValue),
      interfaces: cdktf.listMapper(cdktf.stringToTerraform, false)(this._interfaces),
      location: dataPanosVirtualRouterLocationToTerraform(this.__location?.internalValue),
      multicast: dataPanosVirtualRouterMulticastToTerraform(this.__multicast?.internalValue),
      name: cdktf.stringToTerraform(this._name),
      protocol: dataPanosVirtualRouterProtocolToTerraform(this.__protocol?.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      administrative_distances: {
        value: dataPanosVirtualRouterAdministrativeDistancesToHclTerraform(this.__administrativeDistances?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosVirtualRouterAdministrativeDistances",
      },
      ecmp: {
        value: dataPanosVirtualRouterEcmpToHclTerraform(this.__ecmp?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosVirtualRouterEcmp",
      },
      interfaces: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._interfaces),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      location: {
        value: dataPanosVirtualRouterLocationToHclTerraform(this.__location?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosVirtualRouterLocation",
      },
      multicast: {
        value: dataPanosVirtualRouterMulticastToHclTerraform(this.__multicast?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosVirtualRouterMulticast",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      protocol: {
        value: dataPanosVirtualRouterProtocolToHclTerraform(this.__protocol?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosVirtualRouterProtocol",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
