// https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataPanosEthernetLayer3SubinterfaceConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#adjust_tcp_mss DataPanosEthernetLayer3Subinterface#adjust_tcp_mss}
  */
  readonly adjustTcpMss?: DataPanosEthernetLayer3SubinterfaceAdjustTcpMss;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#arp DataPanosEthernetLayer3Subinterface#arp}
  */
  readonly arp?: DataPanosEthernetLayer3SubinterfaceArp[] | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#bonjour DataPanosEthernetLayer3Subinterface#bonjour}
  */
  readonly bonjour?: DataPanosEthernetLayer3SubinterfaceBonjour;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#comment DataPanosEthernetLayer3Subinterface#comment}
  */
  readonly comment?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ddns_config DataPanosEthernetLayer3Subinterface#ddns_config}
  */
  readonly ddnsConfig?: DataPanosEthernetLayer3SubinterfaceDdnsConfig;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#decrypt_forward DataPanosEthernetLayer3Subinterface#decrypt_forward}
  */
  readonly decryptForward?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#df_ignore DataPanosEthernetLayer3Subinterface#df_ignore}
  */
  readonly dfIgnore?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dhcp_client DataPanosEthernetLayer3Subinterface#dhcp_client}
  */
  readonly dhcpClient?: DataPanosEthernetLayer3SubinterfaceDhcpClient;
  /**
  * Interface management profile
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#interface_management_profile DataPanosEthernetLayer3Subinterface#interface_management_profile}
  */
  readonly interfaceManagementProfile?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ip DataPanosEthernetLayer3Subinterface#ip}
  */
  readonly ip?: DataPanosEthernetLayer3SubinterfaceIp[] | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ipv6 DataPanosEthernetLayer3Subinterface#ipv6}
  */
  readonly ipv6?: DataPanosEthernetLayer3SubinterfaceIpv6;
  /**
  * The location of this object.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#location DataPanosEthernetLayer3Subinterface#location}
  */
  readonly location: DataPanosEthernetLayer3SubinterfaceLocation;
  /**
  * Maximum Transfer Unit, up to 9216 in Jumbo-Frame mode, up to 1500 otherwise
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#mtu DataPanosEthernetLayer3Subinterface#mtu}
  */
  readonly mtu?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ndp_proxy DataPanosEthernetLayer3Subinterface#ndp_proxy}
  */
  readonly ndpProxy?: DataPanosEthernetLayer3SubinterfaceNdpProxy;
  /**
  * Netflow Server Profile
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#netflow_profile DataPanosEthernetLayer3Subinterface#netflow_profile}
  */
  readonly netflowProfile?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#parent DataPanosEthernetLayer3Subinterface#parent}
  */
  readonly parent?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#pppoe DataPanosEthernetLayer3Subinterface#pppoe}
  */
  readonly pppoe?: DataPanosEthernetLayer3SubinterfacePppoe;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#sdwan_link_settings DataPanosEthernetLayer3Subinterface#sdwan_link_settings}
  */
  readonly sdwanLinkSettings?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettings;
  /**
  * 802.1q VLAN tag
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#tag DataPanosEthernetLayer3Subinterface#tag}
  */
  readonly tag?: number;
}
export interface DataPanosEthernetLayer3SubinterfaceAdjustTcpMss {
  /**
  * Set if TCP MSS value should be reduced based on mtu
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * IPv4 MSS adjustment size (in bytes)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ipv4_mss_adjustment DataPanosEthernetLayer3Subinterface#ipv4_mss_adjustment}
  */
  readonly ipv4MssAdjustment?: number;
  /**
  * IPv6 MSS adjustment size (in bytes)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ipv6_mss_adjustment DataPanosEthernetLayer3Subinterface#ipv6_mss_adjustment}
  */
  readonly ipv6MssAdjustment?: number;
}

export function dataPanosEthernetLayer3SubinterfaceAdjustTcpMssToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceAdjustTcpMss | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    ipv4_mss_adjustment: cdktf.numberToTerraform(struct!.ipv4MssAdjustment),
    ipv6_mss_adjustment: cdktf.numberToTerraform(struct!.ipv6MssAdjustment),
  }
}


export function dataPanosEthernetLayer3SubinterfaceAdjustTcpMssToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceAdjustTcpMss | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    ipv4_mss_adjustment: {
      value: cdktf.numberToHclTerraform(struct!.ipv4MssAdjustment),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipv6_mss_adjustment: {
      value: cdktf.numberToHclTerraform(struct!.ipv6MssAdjustment),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceAdjustTcpMssOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceAdjustTcpMss | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._ipv4MssAdjustment !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4MssAdjustment = this._ipv4MssAdjustment;
    }
    if (this._ipv6MssAdjustment !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6MssAdjustment = this._ipv6MssAdjustment;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceAdjustTcpMss | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enable = undefined;
      this._ipv4MssAdjustment = undefined;
      this._ipv6MssAdjustment = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enable = value.enable;
      this._ipv4MssAdjustment = value.ipv4MssAdjustment;
      this._ipv6MssAdjustment = value.ipv6MssAdjustment;
    }
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // ipv4_mss_adjustment - computed: true, optional: true, required: false
  private _ipv4MssAdjustment?: number; 
  public get ipv4MssAdjustment() {
    return this.getNumberAttribute('ipv4_mss_adjustment');
  }
  public set ipv4MssAdjustment(value: number) {
    this._ipv4MssAdjustment = value;
  }
  public resetIpv4MssAdjustment() {
    this._ipv4MssAdjustment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4MssAdjustmentInput() {
    return this._ipv4MssAdjustment;
  }

  // ipv6_mss_adjustment - computed: true, optional: true, required: false
  private _ipv6MssAdjustment?: number; 
  public get ipv6MssAdjustment() {
    return this.getNumberAttribute('ipv6_mss_adjustment');
  }
  public set ipv6MssAdjustment(value: number) {
    this._ipv6MssAdjustment = value;
  }
  public resetIpv6MssAdjustment() {
    this._ipv6MssAdjustment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6MssAdjustmentInput() {
    return this._ipv6MssAdjustment;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceArp {
  /**
  * MAC address (format xx:xx:xx:xx:xx:xx)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#hw_address DataPanosEthernetLayer3Subinterface#hw_address}
  */
  readonly hwAddress?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
}

export function dataPanosEthernetLayer3SubinterfaceArpToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceArp | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hw_address: cdktf.stringToTerraform(struct!.hwAddress),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function dataPanosEthernetLayer3SubinterfaceArpToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceArp | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hw_address: {
      value: cdktf.stringToHclTerraform(struct!.hwAddress),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceArpOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceArp | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hwAddress !== undefined) {
      hasAnyValues = true;
      internalValueResult.hwAddress = this._hwAddress;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceArp | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._hwAddress = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._hwAddress = value.hwAddress;
      this._name = value.name;
    }
  }

  // hw_address - computed: true, optional: true, required: false
  private _hwAddress?: string; 
  public get hwAddress() {
    return this.getStringAttribute('hw_address');
  }
  public set hwAddress(value: string) {
    this._hwAddress = value;
  }
  public resetHwAddress() {
    this._hwAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hwAddressInput() {
    return this._hwAddress;
  }

  // name - computed: true, optional: false, required: true
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
}

export class DataPanosEthernetLayer3SubinterfaceArpList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceArp[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceArpOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceArpOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceBonjour {
  /**
  * Set to support Bonjour service
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * default 0: NO-Group
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#group_id DataPanosEthernetLayer3Subinterface#group_id}
  */
  readonly groupId?: number;
  /**
  * Set to check and update TTL
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ttl_check DataPanosEthernetLayer3Subinterface#ttl_check}
  */
  readonly ttlCheck?: boolean | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceBonjourToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceBonjour | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    group_id: cdktf.numberToTerraform(struct!.groupId),
    ttl_check: cdktf.booleanToTerraform(struct!.ttlCheck),
  }
}


export function dataPanosEthernetLayer3SubinterfaceBonjourToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceBonjour | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    group_id: {
      value: cdktf.numberToHclTerraform(struct!.groupId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ttl_check: {
      value: cdktf.booleanToHclTerraform(struct!.ttlCheck),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceBonjourOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceBonjour | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._groupId !== undefined) {
      hasAnyValues = true;
      internalValueResult.groupId = this._groupId;
    }
    if (this._ttlCheck !== undefined) {
      hasAnyValues = true;
      internalValueResult.ttlCheck = this._ttlCheck;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceBonjour | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enable = undefined;
      this._groupId = undefined;
      this._ttlCheck = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enable = value.enable;
      this._groupId = value.groupId;
      this._ttlCheck = value.ttlCheck;
    }
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // group_id - computed: true, optional: true, required: false
  private _groupId?: number; 
  public get groupId() {
    return this.getNumberAttribute('group_id');
  }
  public set groupId(value: number) {
    this._groupId = value;
  }
  public resetGroupId() {
    this._groupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupIdInput() {
    return this._groupId;
  }

  // ttl_check - computed: true, optional: true, required: false
  private _ttlCheck?: boolean | cdktf.IResolvable; 
  public get ttlCheck() {
    return this.getBooleanAttribute('ttl_check');
  }
  public set ttlCheck(value: boolean | cdktf.IResolvable) {
    this._ttlCheck = value;
  }
  public resetTtlCheck() {
    this._ttlCheck = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ttlCheckInput() {
    return this._ttlCheck;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#value DataPanosEthernetLayer3Subinterface#value}
  */
  readonly value?: string;
}

export function dataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function dataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfig | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfig | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._value = value.value;
    }
  }

  // name - computed: true, optional: false, required: true
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

  // value - computed: true, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfig[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceDdnsConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ddns_cert_profile DataPanosEthernetLayer3Subinterface#ddns_cert_profile}
  */
  readonly ddnsCertProfile?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ddns_enabled DataPanosEthernetLayer3Subinterface#ddns_enabled}
  */
  readonly ddnsEnabled?: boolean | cdktf.IResolvable;
  /**
  * ddns hostname variable or real address
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ddns_hostname DataPanosEthernetLayer3Subinterface#ddns_hostname}
  */
  readonly ddnsHostname?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ddns_ip DataPanosEthernetLayer3Subinterface#ddns_ip}
  */
  readonly ddnsIp?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ddns_ipv6 DataPanosEthernetLayer3Subinterface#ddns_ipv6}
  */
  readonly ddnsIpv6?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ddns_update_interval DataPanosEthernetLayer3Subinterface#ddns_update_interval}
  */
  readonly ddnsUpdateInterval?: number;
  /**
  * Vendor and product type
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ddns_vendor DataPanosEthernetLayer3Subinterface#ddns_vendor}
  */
  readonly ddnsVendor?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ddns_vendor_config DataPanosEthernetLayer3Subinterface#ddns_vendor_config}
  */
  readonly ddnsVendorConfig?: DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfig[] | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceDdnsConfigToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceDdnsConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ddns_cert_profile: cdktf.stringToTerraform(struct!.ddnsCertProfile),
    ddns_enabled: cdktf.booleanToTerraform(struct!.ddnsEnabled),
    ddns_hostname: cdktf.stringToTerraform(struct!.ddnsHostname),
    ddns_ip: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.ddnsIp),
    ddns_ipv6: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.ddnsIpv6),
    ddns_update_interval: cdktf.numberToTerraform(struct!.ddnsUpdateInterval),
    ddns_vendor: cdktf.stringToTerraform(struct!.ddnsVendor),
    ddns_vendor_config: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigToTerraform, false)(struct!.ddnsVendorConfig),
  }
}


export function dataPanosEthernetLayer3SubinterfaceDdnsConfigToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceDdnsConfig | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ddns_cert_profile: {
      value: cdktf.stringToHclTerraform(struct!.ddnsCertProfile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ddns_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.ddnsEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    ddns_hostname: {
      value: cdktf.stringToHclTerraform(struct!.ddnsHostname),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ddns_ip: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.ddnsIp),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    ddns_ipv6: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.ddnsIpv6),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    ddns_update_interval: {
      value: cdktf.numberToHclTerraform(struct!.ddnsUpdateInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ddns_vendor: {
      value: cdktf.stringToHclTerraform(struct!.ddnsVendor),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ddns_vendor_config: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigToHclTerraform, false)(struct!.ddnsVendorConfig),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceDdnsConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceDdnsConfig | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ddnsCertProfile !== undefined) {
      hasAnyValues = true;
      internalValueResult.ddnsCertProfile = this._ddnsCertProfile;
    }
    if (this._ddnsEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.ddnsEnabled = this._ddnsEnabled;
    }
    if (this._ddnsHostname !== undefined) {
      hasAnyValues = true;
      internalValueResult.ddnsHostname = this._ddnsHostname;
    }
    if (this._ddnsIp !== undefined) {
      hasAnyValues = true;
      internalValueResult.ddnsIp = this._ddnsIp;
    }
    if (this._ddnsIpv6 !== undefined) {
      hasAnyValues = true;
      internalValueResult.ddnsIpv6 = this._ddnsIpv6;
    }
    if (this._ddnsUpdateInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.ddnsUpdateInterval = this._ddnsUpdateInterval;
    }
    if (this._ddnsVendor !== undefined) {
      hasAnyValues = true;
      internalValueResult.ddnsVendor = this._ddnsVendor;
    }
    if (this.__ddnsVendorConfig?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ddnsVendorConfig = this.__ddnsVendorConfig?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceDdnsConfig | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._ddnsCertProfile = undefined;
      this._ddnsEnabled = undefined;
      this._ddnsHostname = undefined;
      this._ddnsIp = undefined;
      this._ddnsIpv6 = undefined;
      this._ddnsUpdateInterval = undefined;
      this._ddnsVendor = undefined;
      if (this.__ddnsVendorConfig !== undefined) this.__ddnsVendorConfig.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._ddnsCertProfile = value.ddnsCertProfile;
      this._ddnsEnabled = value.ddnsEnabled;
      this._ddnsHostname = value.ddnsHostname;
      this._ddnsIp = value.ddnsIp;
      this._ddnsIpv6 = value.ddnsIpv6;
      this._ddnsUpdateInterval = value.ddnsUpdateInterval;
      this._ddnsVendor = value.ddnsVendor;
      if (value.ddnsVendorConfig !== undefined || this.__ddnsVendorConfig !== undefined) this._ddnsVendorConfig.internalValue = value.ddnsVendorConfig;
    }
  }

  // ddns_cert_profile - computed: true, optional: true, required: false
  private _ddnsCertProfile?: string; 
  public get ddnsCertProfile() {
    return this.getStringAttribute('ddns_cert_profile');
  }
  public set ddnsCertProfile(value: string) {
    this._ddnsCertProfile = value;
  }
  public resetDdnsCertProfile() {
    this._ddnsCertProfile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ddnsCertProfileInput() {
    return this._ddnsCertProfile;
  }

  // ddns_enabled - computed: true, optional: true, required: false
  private _ddnsEnabled?: boolean | cdktf.IResolvable; 
  public get ddnsEnabled() {
    return this.getBooleanAttribute('ddns_enabled');
  }
  public set ddnsEnabled(value: boolean | cdktf.IResolvable) {
    this._ddnsEnabled = value;
  }
  public resetDdnsEnabled() {
    this._ddnsEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ddnsEnabledInput() {
    return this._ddnsEnabled;
  }

  // ddns_hostname - computed: true, optional: true, required: false
  private _ddnsHostname?: string; 
  public get ddnsHostname() {
    return this.getStringAttribute('ddns_hostname');
  }
  public set ddnsHostname(value: string) {
    this._ddnsHostname = value;
  }
  public resetDdnsHostname() {
    this._ddnsHostname = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ddnsHostnameInput() {
    return this._ddnsHostname;
  }

  // ddns_ip - computed: true, optional: true, required: false
  private _ddnsIp?: string[]; 
  public get ddnsIp() {
    return this.getListAttribute('ddns_ip');
  }
  public set ddnsIp(value: string[]) {
    this._ddnsIp = value;
  }
  public resetDdnsIp() {
    this._ddnsIp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ddnsIpInput() {
    return this._ddnsIp;
  }

  // ddns_ipv6 - computed: true, optional: true, required: false
  private _ddnsIpv6?: string[]; 
  public get ddnsIpv6() {
    return this.getListAttribute('ddns_ipv6');
  }
  public set ddnsIpv6(value: string[]) {
    this._ddnsIpv6 = value;
  }
  public resetDdnsIpv6() {
    this._ddnsIpv6 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ddnsIpv6Input() {
    return this._ddnsIpv6;
  }

  // ddns_update_interval - computed: true, optional: true, required: false
  private _ddnsUpdateInterval?: number; 
  public get ddnsUpdateInterval() {
    return this.getNumberAttribute('ddns_update_interval');
  }
  public set ddnsUpdateInterval(value: number) {
    this._ddnsUpdateInterval = value;
  }
  public resetDdnsUpdateInterval() {
    this._ddnsUpdateInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ddnsUpdateIntervalInput() {
    return this._ddnsUpdateInterval;
  }

  // ddns_vendor - computed: true, optional: true, required: false
  private _ddnsVendor?: string; 
  public get ddnsVendor() {
    return this.getStringAttribute('ddns_vendor');
  }
  public set ddnsVendor(value: string) {
    this._ddnsVendor = value;
  }
  public resetDdnsVendor() {
    this._ddnsVendor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ddnsVendorInput() {
    return this._ddnsVendor;
  }

  // ddns_vendor_config - computed: true, optional: true, required: false
  private __ddnsVendorConfig?: DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigList;
  private get _ddnsVendorConfig(): DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigList {
    return (this.__ddnsVendorConfig ??= new DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfigList(this, "ddns_vendor_config", false));
  }
  public get ddnsVendorConfig() {
    return this._ddnsVendorConfig;
  }
  public putDdnsVendorConfig(value: DataPanosEthernetLayer3SubinterfaceDdnsConfigDdnsVendorConfig[] | cdktf.IResolvable) {
    if (value !== undefined || this.__ddnsVendorConfig !== undefined) this._ddnsVendorConfig.internalValue = value;
  }
  public resetDdnsVendorConfig() {
    if (this.__ddnsVendorConfig !== undefined) this.__ddnsVendorConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ddnsVendorConfigInput() {
    return this.__ddnsVendorConfig?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostname {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Set Interface Hostname
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#hostname DataPanosEthernetLayer3Subinterface#hostname}
  */
  readonly hostname?: string;
}

export function dataPanosEthernetLayer3SubinterfaceDhcpClientSendHostnameToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostname | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    hostname: cdktf.stringToTerraform(struct!.hostname),
  }
}


export function dataPanosEthernetLayer3SubinterfaceDhcpClientSendHostnameToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostname | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    hostname: {
      value: cdktf.stringToHclTerraform(struct!.hostname),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostnameOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostname | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._hostname !== undefined) {
      hasAnyValues = true;
      internalValueResult.hostname = this._hostname;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostname | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enable = undefined;
      this._hostname = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enable = value.enable;
      this._hostname = value.hostname;
    }
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // hostname - computed: true, optional: true, required: false
  private _hostname?: string; 
  public get hostname() {
    return this.getStringAttribute('hostname');
  }
  public set hostname(value: string) {
    this._hostname = value;
  }
  public resetHostname() {
    this._hostname = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostnameInput() {
    return this._hostname;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceDhcpClient {
  /**
  * Automatically create default route pointing to default gateway provided by server
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#create_default_route DataPanosEthernetLayer3Subinterface#create_default_route}
  */
  readonly createDefaultRoute?: boolean | cdktf.IResolvable;
  /**
  * Metric of the default route created
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#default_route_metric DataPanosEthernetLayer3Subinterface#default_route_metric}
  */
  readonly defaultRouteMetric?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#send_hostname DataPanosEthernetLayer3Subinterface#send_hostname}
  */
  readonly sendHostname?: DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostname;
}

export function dataPanosEthernetLayer3SubinterfaceDhcpClientToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceDhcpClient | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create_default_route: cdktf.booleanToTerraform(struct!.createDefaultRoute),
    default_route_metric: cdktf.numberToTerraform(struct!.defaultRouteMetric),
    enable: cdktf.booleanToTerraform(struct!.enable),
    send_hostname: dataPanosEthernetLayer3SubinterfaceDhcpClientSendHostnameToTerraform(struct!.sendHostname),
  }
}


export function dataPanosEthernetLayer3SubinterfaceDhcpClientToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceDhcpClient | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create_default_route: {
      value: cdktf.booleanToHclTerraform(struct!.createDefaultRoute),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    default_route_metric: {
      value: cdktf.numberToHclTerraform(struct!.defaultRouteMetric),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    send_hostname: {
      value: dataPanosEthernetLayer3SubinterfaceDhcpClientSendHostnameToHclTerraform(struct!.sendHostname),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostname",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceDhcpClientOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceDhcpClient | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._createDefaultRoute !== undefined) {
      hasAnyValues = true;
      internalValueResult.createDefaultRoute = this._createDefaultRoute;
    }
    if (this._defaultRouteMetric !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultRouteMetric = this._defaultRouteMetric;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this.__sendHostname?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sendHostname = this.__sendHostname?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceDhcpClient | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._createDefaultRoute = undefined;
      this._defaultRouteMetric = undefined;
      this._enable = undefined;
      if (this.__sendHostname !== undefined) this.__sendHostname.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._createDefaultRoute = value.createDefaultRoute;
      this._defaultRouteMetric = value.defaultRouteMetric;
      this._enable = value.enable;
      if (value.sendHostname !== undefined || this.__sendHostname !== undefined) this._sendHostname.internalValue = value.sendHostname;
    }
  }

  // create_default_route - computed: true, optional: true, required: false
  private _createDefaultRoute?: boolean | cdktf.IResolvable; 
  public get createDefaultRoute() {
    return this.getBooleanAttribute('create_default_route');
  }
  public set createDefaultRoute(value: boolean | cdktf.IResolvable) {
    this._createDefaultRoute = value;
  }
  public resetCreateDefaultRoute() {
    this._createDefaultRoute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createDefaultRouteInput() {
    return this._createDefaultRoute;
  }

  // default_route_metric - computed: true, optional: true, required: false
  private _defaultRouteMetric?: number; 
  public get defaultRouteMetric() {
    return this.getNumberAttribute('default_route_metric');
  }
  public set defaultRouteMetric(value: number) {
    this._defaultRouteMetric = value;
  }
  public resetDefaultRouteMetric() {
    this._defaultRouteMetric = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultRouteMetricInput() {
    return this._defaultRouteMetric;
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // send_hostname - computed: true, optional: true, required: false
  private __sendHostname?: DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostnameOutputReference;
  private get _sendHostname(): DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostnameOutputReference {
    return (this.__sendHostname ??= new DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostnameOutputReference(this, "send_hostname"));
  }
  public get sendHostname() {
    return this._sendHostname;
  }
  public putSendHostname(value: DataPanosEthernetLayer3SubinterfaceDhcpClientSendHostname) {
    if (value !== undefined || this.__sendHostname !== undefined) this._sendHostname.internalValue = value;
  }
  public resetSendHostname() {
    if (this.__sendHostname !== undefined) this.__sendHostname.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sendHostnameInput() {
    return this.__sendHostname?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIp {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
  /**
  * Gateway IPv4 Address
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#sdwan_gateway DataPanosEthernetLayer3Subinterface#sdwan_gateway}
  */
  readonly sdwanGateway?: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIp | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    sdwan_gateway: cdktf.stringToTerraform(struct!.sdwanGateway),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIp | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sdwan_gateway: {
      value: cdktf.stringToHclTerraform(struct!.sdwanGateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIp | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._sdwanGateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdwanGateway = this._sdwanGateway;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIp | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._sdwanGateway = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._sdwanGateway = value.sdwanGateway;
    }
  }

  // name - computed: true, optional: false, required: true
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

  // sdwan_gateway - computed: true, optional: true, required: false
  private _sdwanGateway?: string; 
  public get sdwanGateway() {
    return this.getStringAttribute('sdwan_gateway');
  }
  public set sdwanGateway(value: string) {
    this._sdwanGateway = value;
  }
  public resetSdwanGateway() {
    this._sdwanGateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdwanGatewayInput() {
    return this._sdwanGateway;
  }
}

export class DataPanosEthernetLayer3SubinterfaceIpList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIp[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertise {
  /**
  * Set the Auto Address Configuration Flag (A-bit) of the prefix in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#auto_config_flag DataPanosEthernetLayer3Subinterface#auto_config_flag}
  */
  readonly autoConfigFlag?: boolean | cdktf.IResolvable;
  /**
  * enable advertising this prefix in router advertisements
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Set the On-Link Flag (L-bit) of the prefix in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#onlink_flag DataPanosEthernetLayer3Subinterface#onlink_flag}
  */
  readonly onlinkFlag?: boolean | cdktf.IResolvable;
  /**
  * Preferred Lifetime (in seconds) of the prefix advertised in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#preferred_lifetime DataPanosEthernetLayer3Subinterface#preferred_lifetime}
  */
  readonly preferredLifetime?: string;
  /**
  * Valid Lifetime (in seconds) of the prefix advertised in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#valid_lifetime DataPanosEthernetLayer3Subinterface#valid_lifetime}
  */
  readonly validLifetime?: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertiseToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertise | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    auto_config_flag: cdktf.booleanToTerraform(struct!.autoConfigFlag),
    enable: cdktf.booleanToTerraform(struct!.enable),
    onlink_flag: cdktf.booleanToTerraform(struct!.onlinkFlag),
    preferred_lifetime: cdktf.stringToTerraform(struct!.preferredLifetime),
    valid_lifetime: cdktf.stringToTerraform(struct!.validLifetime),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertiseToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertise | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    auto_config_flag: {
      value: cdktf.booleanToHclTerraform(struct!.autoConfigFlag),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    onlink_flag: {
      value: cdktf.booleanToHclTerraform(struct!.onlinkFlag),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    preferred_lifetime: {
      value: cdktf.stringToHclTerraform(struct!.preferredLifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    valid_lifetime: {
      value: cdktf.stringToHclTerraform(struct!.validLifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertiseOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertise | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._autoConfigFlag !== undefined) {
      hasAnyValues = true;
      internalValueResult.autoConfigFlag = this._autoConfigFlag;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._onlinkFlag !== undefined) {
      hasAnyValues = true;
      internalValueResult.onlinkFlag = this._onlinkFlag;
    }
    if (this._preferredLifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.preferredLifetime = this._preferredLifetime;
    }
    if (this._validLifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.validLifetime = this._validLifetime;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertise | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._autoConfigFlag = undefined;
      this._enable = undefined;
      this._onlinkFlag = undefined;
      this._preferredLifetime = undefined;
      this._validLifetime = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._autoConfigFlag = value.autoConfigFlag;
      this._enable = value.enable;
      this._onlinkFlag = value.onlinkFlag;
      this._preferredLifetime = value.preferredLifetime;
      this._validLifetime = value.validLifetime;
    }
  }

  // auto_config_flag - computed: true, optional: true, required: false
  private _autoConfigFlag?: boolean | cdktf.IResolvable; 
  public get autoConfigFlag() {
    return this.getBooleanAttribute('auto_config_flag');
  }
  public set autoConfigFlag(value: boolean | cdktf.IResolvable) {
    this._autoConfigFlag = value;
  }
  public resetAutoConfigFlag() {
    this._autoConfigFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoConfigFlagInput() {
    return this._autoConfigFlag;
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // onlink_flag - computed: true, optional: true, required: false
  private _onlinkFlag?: boolean | cdktf.IResolvable; 
  public get onlinkFlag() {
    return this.getBooleanAttribute('onlink_flag');
  }
  public set onlinkFlag(value: boolean | cdktf.IResolvable) {
    this._onlinkFlag = value;
  }
  public resetOnlinkFlag() {
    this._onlinkFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onlinkFlagInput() {
    return this._onlinkFlag;
  }

  // preferred_lifetime - computed: true, optional: true, required: false
  private _preferredLifetime?: string; 
  public get preferredLifetime() {
    return this.getStringAttribute('preferred_lifetime');
  }
  public set preferredLifetime(value: string) {
    this._preferredLifetime = value;
  }
  public resetPreferredLifetime() {
    this._preferredLifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preferredLifetimeInput() {
    return this._preferredLifetime;
  }

  // valid_lifetime - computed: true, optional: true, required: false
  private _validLifetime?: string; 
  public get validLifetime() {
    return this.getStringAttribute('valid_lifetime');
  }
  public set validLifetime(value: string) {
    this._validLifetime = value;
  }
  public resetValidLifetime() {
    this._validLifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validLifetimeInput() {
    return this._validLifetime;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycast {
}

export function dataPanosEthernetLayer3SubinterfaceIpv6AddressAnycastToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycast | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6AddressAnycastToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycast | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycastOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycast | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycast | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefix {
}

export function dataPanosEthernetLayer3SubinterfaceIpv6AddressPrefixToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6AddressPrefixToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefixOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefix | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefix | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6Address {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#advertise DataPanosEthernetLayer3Subinterface#advertise}
  */
  readonly advertise?: DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertise;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#anycast DataPanosEthernetLayer3Subinterface#anycast}
  */
  readonly anycast?: DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycast;
  /**
  * configure this address on interface
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable_on_interface DataPanosEthernetLayer3Subinterface#enable_on_interface}
  */
  readonly enableOnInterface?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#prefix DataPanosEthernetLayer3Subinterface#prefix}
  */
  readonly prefix?: DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefix;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6AddressToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6Address | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    advertise: dataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertiseToTerraform(struct!.advertise),
    anycast: dataPanosEthernetLayer3SubinterfaceIpv6AddressAnycastToTerraform(struct!.anycast),
    enable_on_interface: cdktf.booleanToTerraform(struct!.enableOnInterface),
    name: cdktf.stringToTerraform(struct!.name),
    prefix: dataPanosEthernetLayer3SubinterfaceIpv6AddressPrefixToTerraform(struct!.prefix),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6AddressToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6Address | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    advertise: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertiseToHclTerraform(struct!.advertise),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertise",
    },
    anycast: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6AddressAnycastToHclTerraform(struct!.anycast),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycast",
    },
    enable_on_interface: {
      value: cdktf.booleanToHclTerraform(struct!.enableOnInterface),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    prefix: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6AddressPrefixToHclTerraform(struct!.prefix),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefix",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6AddressOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6Address | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__advertise?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.advertise = this.__advertise?.internalValue;
    }
    if (this.__anycast?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.anycast = this.__anycast?.internalValue;
    }
    if (this._enableOnInterface !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableOnInterface = this._enableOnInterface;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this.__prefix?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefix = this.__prefix?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6Address | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__advertise !== undefined) this.__advertise.internalValue = undefined;
      if (this.__anycast !== undefined) this.__anycast.internalValue = undefined;
      this._enableOnInterface = undefined;
      this._name = undefined;
      if (this.__prefix !== undefined) this.__prefix.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.advertise !== undefined || this.__advertise !== undefined) this._advertise.internalValue = value.advertise;
      if (value.anycast !== undefined || this.__anycast !== undefined) this._anycast.internalValue = value.anycast;
      this._enableOnInterface = value.enableOnInterface;
      this._name = value.name;
      if (value.prefix !== undefined || this.__prefix !== undefined) this._prefix.internalValue = value.prefix;
    }
  }

  // advertise - computed: true, optional: true, required: false
  private __advertise?: DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertiseOutputReference;
  private get _advertise(): DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertiseOutputReference {
    return (this.__advertise ??= new DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertiseOutputReference(this, "advertise"));
  }
  public get advertise() {
    return this._advertise;
  }
  public putAdvertise(value: DataPanosEthernetLayer3SubinterfaceIpv6AddressAdvertise) {
    if (value !== undefined || this.__advertise !== undefined) this._advertise.internalValue = value;
  }
  public resetAdvertise() {
    if (this.__advertise !== undefined) this.__advertise.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advertiseInput() {
    return this.__advertise?.internalValue;
  }

  // anycast - computed: true, optional: true, required: false
  private __anycast?: DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycastOutputReference;
  private get _anycast(): DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycastOutputReference {
    return (this.__anycast ??= new DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycastOutputReference(this, "anycast"));
  }
  public get anycast() {
    return this._anycast;
  }
  public putAnycast(value: DataPanosEthernetLayer3SubinterfaceIpv6AddressAnycast) {
    if (value !== undefined || this.__anycast !== undefined) this._anycast.internalValue = value;
  }
  public resetAnycast() {
    if (this.__anycast !== undefined) this.__anycast.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get anycastInput() {
    return this.__anycast?.internalValue;
  }

  // enable_on_interface - computed: true, optional: true, required: false
  private _enableOnInterface?: boolean | cdktf.IResolvable; 
  public get enableOnInterface() {
    return this.getBooleanAttribute('enable_on_interface');
  }
  public set enableOnInterface(value: boolean | cdktf.IResolvable) {
    this._enableOnInterface = value;
  }
  public resetEnableOnInterface() {
    this._enableOnInterface = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableOnInterfaceInput() {
    return this._enableOnInterface;
  }

  // name - computed: true, optional: false, required: true
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

  // prefix - computed: true, optional: true, required: false
  private __prefix?: DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefixOutputReference;
  private get _prefix(): DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefixOutputReference {
    return (this.__prefix ??= new DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefixOutputReference(this, "prefix"));
  }
  public get prefix() {
    return this._prefix;
  }
  public putPrefix(value: DataPanosEthernetLayer3SubinterfaceIpv6AddressPrefix) {
    if (value !== undefined || this.__prefix !== undefined) this._prefix.internalValue = value;
  }
  public resetPrefix() {
    if (this.__prefix !== undefined) this.__prefix.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixInput() {
    return this.__prefix?.internalValue;
  }
}

export class DataPanosEthernetLayer3SubinterfaceIpv6AddressList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIpv6Address[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpv6AddressOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpv6AddressOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6 {
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6ToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6ToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6 | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6 | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServer {
  /**
  * (4-3600) Lifetime in Seconds
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#lifetime DataPanosEthernetLayer3Subinterface#lifetime}
  */
  readonly lifetime?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    lifetime: cdktf.numberToTerraform(struct!.lifetime),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    lifetime: {
      value: cdktf.numberToHclTerraform(struct!.lifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._lifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.lifetime = this._lifetime;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._lifetime = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._lifetime = value.lifetime;
      this._name = value.name;
    }
  }

  // lifetime - computed: true, optional: true, required: false
  private _lifetime?: number; 
  public get lifetime() {
    return this.getNumberAttribute('lifetime');
  }
  public set lifetime(value: number) {
    this._lifetime = value;
  }
  public resetLifetime() {
    this._lifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeInput() {
    return this._lifetime;
  }

  // name - computed: true, optional: false, required: true
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
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServer[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManual {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#server DataPanosEthernetLayer3Subinterface#server}
  */
  readonly server?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServer[] | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManual | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    server: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerToTerraform, false)(struct!.server),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManual | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    server: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerToHclTerraform, false)(struct!.server),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManual | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__server?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.server = this.__server?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManual | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__server !== undefined) this.__server.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.server !== undefined || this.__server !== undefined) this._server.internalValue = value.server;
    }
  }

  // server - computed: true, optional: true, required: false
  private __server?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerList;
  private get _server(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerList {
    return (this.__server ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServerList(this, "server", false));
  }
  public get server() {
    return this._server;
  }
  public putServer(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualServer[] | cdktf.IResolvable) {
    if (value !== undefined || this.__server !== undefined) this._server.internalValue = value;
  }
  public resetServer() {
    if (this.__server !== undefined) this.__server.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInput() {
    return this.__server?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSource {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dhcpv6 DataPanosEthernetLayer3Subinterface#dhcpv6}
  */
  readonly dhcpv6?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#manual DataPanosEthernetLayer3Subinterface#manual}
  */
  readonly manual?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManual;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dhcpv6: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6ToTerraform(struct!.dhcpv6),
    manual: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualToTerraform(struct!.manual),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dhcpv6: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6ToHclTerraform(struct!.dhcpv6),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6",
    },
    manual: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualToHclTerraform(struct!.manual),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManual",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSource | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__dhcpv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcpv6 = this.__dhcpv6?.internalValue;
    }
    if (this.__manual?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.manual = this.__manual?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSource | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__dhcpv6 !== undefined) this.__dhcpv6.internalValue = undefined;
      if (this.__manual !== undefined) this.__manual.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.dhcpv6 !== undefined || this.__dhcpv6 !== undefined) this._dhcpv6.internalValue = value.dhcpv6;
      if (value.manual !== undefined || this.__manual !== undefined) this._manual.internalValue = value.manual;
    }
  }

  // dhcpv6 - computed: true, optional: true, required: false
  private __dhcpv6?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6OutputReference;
  private get _dhcpv6(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6OutputReference {
    return (this.__dhcpv6 ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6OutputReference(this, "dhcpv6"));
  }
  public get dhcpv6() {
    return this._dhcpv6;
  }
  public putDhcpv6(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceDhcpv6) {
    if (value !== undefined || this.__dhcpv6 !== undefined) this._dhcpv6.internalValue = value;
  }
  public resetDhcpv6() {
    if (this.__dhcpv6 !== undefined) this.__dhcpv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpv6Input() {
    return this.__dhcpv6?.internalValue;
  }

  // manual - computed: true, optional: true, required: false
  private __manual?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualOutputReference;
  private get _manual(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualOutputReference {
    return (this.__manual ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManualOutputReference(this, "manual"));
  }
  public get manual() {
    return this._manual;
  }
  public putManual(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceManual) {
    if (value !== undefined || this.__manual !== undefined) this._manual.internalValue = value;
  }
  public resetManual() {
    if (this.__manual !== undefined) this.__manual.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get manualInput() {
    return this.__manual?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServer {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#source DataPanosEthernetLayer3Subinterface#source}
  */
  readonly source?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSource;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    source: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceToTerraform(struct!.source),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceToHclTerraform(struct!.source),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSource",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this.__source?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.source = this.__source?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enable = undefined;
      if (this.__source !== undefined) this.__source.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enable = value.enable;
      if (value.source !== undefined || this.__source !== undefined) this._source.internalValue = value.source;
    }
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // source - computed: true, optional: true, required: false
  private __source?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceOutputReference;
  private get _source(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceOutputReference {
    return (this.__source ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSourceOutputReference(this, "source"));
  }
  public get source() {
    return this._source;
  }
  public putSource(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerSource) {
    if (value !== undefined || this.__source !== undefined) this._source.internalValue = value;
  }
  public resetSource() {
    if (this.__source !== undefined) this.__source.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this.__source?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6 {
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6ToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6ToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6 | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6 | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffix {
  /**
  * (4-3600) lifetime in seconds
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#lifetime DataPanosEthernetLayer3Subinterface#lifetime}
  */
  readonly lifetime?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    lifetime: cdktf.numberToTerraform(struct!.lifetime),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    lifetime: {
      value: cdktf.numberToHclTerraform(struct!.lifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffix | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._lifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.lifetime = this._lifetime;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffix | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._lifetime = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._lifetime = value.lifetime;
      this._name = value.name;
    }
  }

  // lifetime - computed: true, optional: true, required: false
  private _lifetime?: number; 
  public get lifetime() {
    return this.getNumberAttribute('lifetime');
  }
  public set lifetime(value: number) {
    this._lifetime = value;
  }
  public resetLifetime() {
    this._lifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeInput() {
    return this._lifetime;
  }

  // name - computed: true, optional: false, required: true
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
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffix[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManual {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#suffix DataPanosEthernetLayer3Subinterface#suffix}
  */
  readonly suffix?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffix[] | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManual | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    suffix: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixToTerraform, false)(struct!.suffix),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManual | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    suffix: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixToHclTerraform, false)(struct!.suffix),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManual | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__suffix?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.suffix = this.__suffix?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManual | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__suffix !== undefined) this.__suffix.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.suffix !== undefined || this.__suffix !== undefined) this._suffix.internalValue = value.suffix;
    }
  }

  // suffix - computed: true, optional: true, required: false
  private __suffix?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixList;
  private get _suffix(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixList {
    return (this.__suffix ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffixList(this, "suffix", false));
  }
  public get suffix() {
    return this._suffix;
  }
  public putSuffix(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualSuffix[] | cdktf.IResolvable) {
    if (value !== undefined || this.__suffix !== undefined) this._suffix.internalValue = value;
  }
  public resetSuffix() {
    if (this.__suffix !== undefined) this.__suffix.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get suffixInput() {
    return this.__suffix?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSource {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dhcpv6 DataPanosEthernetLayer3Subinterface#dhcpv6}
  */
  readonly dhcpv6?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#manual DataPanosEthernetLayer3Subinterface#manual}
  */
  readonly manual?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManual;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dhcpv6: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6ToTerraform(struct!.dhcpv6),
    manual: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualToTerraform(struct!.manual),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dhcpv6: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6ToHclTerraform(struct!.dhcpv6),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6",
    },
    manual: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualToHclTerraform(struct!.manual),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManual",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSource | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__dhcpv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcpv6 = this.__dhcpv6?.internalValue;
    }
    if (this.__manual?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.manual = this.__manual?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSource | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__dhcpv6 !== undefined) this.__dhcpv6.internalValue = undefined;
      if (this.__manual !== undefined) this.__manual.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.dhcpv6 !== undefined || this.__dhcpv6 !== undefined) this._dhcpv6.internalValue = value.dhcpv6;
      if (value.manual !== undefined || this.__manual !== undefined) this._manual.internalValue = value.manual;
    }
  }

  // dhcpv6 - computed: true, optional: true, required: false
  private __dhcpv6?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6OutputReference;
  private get _dhcpv6(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6OutputReference {
    return (this.__dhcpv6 ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6OutputReference(this, "dhcpv6"));
  }
  public get dhcpv6() {
    return this._dhcpv6;
  }
  public putDhcpv6(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceDhcpv6) {
    if (value !== undefined || this.__dhcpv6 !== undefined) this._dhcpv6.internalValue = value;
  }
  public resetDhcpv6() {
    if (this.__dhcpv6 !== undefined) this.__dhcpv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpv6Input() {
    return this.__dhcpv6?.internalValue;
  }

  // manual - computed: true, optional: true, required: false
  private __manual?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualOutputReference;
  private get _manual(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualOutputReference {
    return (this.__manual ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManualOutputReference(this, "manual"));
  }
  public get manual() {
    return this._manual;
  }
  public putManual(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceManual) {
    if (value !== undefined || this.__manual !== undefined) this._manual.internalValue = value;
  }
  public resetManual() {
    if (this.__manual !== undefined) this.__manual.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get manualInput() {
    return this.__manual?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffix {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#source DataPanosEthernetLayer3Subinterface#source}
  */
  readonly source?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSource;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    source: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceToTerraform(struct!.source),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceToHclTerraform(struct!.source),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSource",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffix | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this.__source?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.source = this.__source?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffix | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enable = undefined;
      if (this.__source !== undefined) this.__source.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enable = value.enable;
      if (value.source !== undefined || this.__source !== undefined) this._source.internalValue = value.source;
    }
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // source - computed: true, optional: true, required: false
  private __source?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceOutputReference;
  private get _source(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceOutputReference {
    return (this.__source ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSourceOutputReference(this, "source"));
  }
  public get source() {
    return this._source;
  }
  public putSource(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixSource) {
    if (value !== undefined || this.__source !== undefined) this._source.internalValue = value;
  }
  public resetSource() {
    if (this.__source !== undefined) this.__source.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this.__source?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighbor {
  /**
  * MAC address (format xx:xx:xx:xx:xx:xx)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#hw_address DataPanosEthernetLayer3Subinterface#hw_address}
  */
  readonly hwAddress?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighbor | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hw_address: cdktf.stringToTerraform(struct!.hwAddress),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighbor | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hw_address: {
      value: cdktf.stringToHclTerraform(struct!.hwAddress),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighbor | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hwAddress !== undefined) {
      hasAnyValues = true;
      internalValueResult.hwAddress = this._hwAddress;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighbor | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._hwAddress = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._hwAddress = value.hwAddress;
      this._name = value.name;
    }
  }

  // hw_address - computed: true, optional: true, required: false
  private _hwAddress?: string; 
  public get hwAddress() {
    return this.getStringAttribute('hw_address');
  }
  public set hwAddress(value: string) {
    this._hwAddress = value;
  }
  public resetHwAddress() {
    this._hwAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hwAddressInput() {
    return this._hwAddress;
  }

  // name - computed: true, optional: false, required: true
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
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighbor[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscovery {
  /**
  * number of consecutive neighbor solicitation messages sent for duplicate address detection
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dad_attempts DataPanosEthernetLayer3Subinterface#dad_attempts}
  */
  readonly dadAttempts?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dns_server DataPanosEthernetLayer3Subinterface#dns_server}
  */
  readonly dnsServer?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServer;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dns_suffix DataPanosEthernetLayer3Subinterface#dns_suffix}
  */
  readonly dnsSuffix?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffix;
  /**
  * Enable Duplicate Address Detection
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable_dad DataPanosEthernetLayer3Subinterface#enable_dad}
  */
  readonly enableDad?: boolean | cdktf.IResolvable;
  /**
  * Enable NDP Monitoring
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable_ndp_monitor DataPanosEthernetLayer3Subinterface#enable_ndp_monitor}
  */
  readonly enableNdpMonitor?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#neighbor DataPanosEthernetLayer3Subinterface#neighbor}
  */
  readonly neighbor?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighbor[] | cdktf.IResolvable;
  /**
  * interval (in seconds) between consecutive neighbor solicitation messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ns_interval DataPanosEthernetLayer3Subinterface#ns_interval}
  */
  readonly nsInterval?: number;
  /**
  * time (in seconds) that the Reachable status for a neighbor can be maintained
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#reachable_time DataPanosEthernetLayer3Subinterface#reachable_time}
  */
  readonly reachableTime?: number;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscovery | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dad_attempts: cdktf.numberToTerraform(struct!.dadAttempts),
    dns_server: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerToTerraform(struct!.dnsServer),
    dns_suffix: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixToTerraform(struct!.dnsSuffix),
    enable_dad: cdktf.booleanToTerraform(struct!.enableDad),
    enable_ndp_monitor: cdktf.booleanToTerraform(struct!.enableNdpMonitor),
    neighbor: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborToTerraform, false)(struct!.neighbor),
    ns_interval: cdktf.numberToTerraform(struct!.nsInterval),
    reachable_time: cdktf.numberToTerraform(struct!.reachableTime),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscovery | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dad_attempts: {
      value: cdktf.numberToHclTerraform(struct!.dadAttempts),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    dns_server: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerToHclTerraform(struct!.dnsServer),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServer",
    },
    dns_suffix: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixToHclTerraform(struct!.dnsSuffix),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffix",
    },
    enable_dad: {
      value: cdktf.booleanToHclTerraform(struct!.enableDad),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enable_ndp_monitor: {
      value: cdktf.booleanToHclTerraform(struct!.enableNdpMonitor),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    neighbor: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborToHclTerraform, false)(struct!.neighbor),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborList",
    },
    ns_interval: {
      value: cdktf.numberToHclTerraform(struct!.nsInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    reachable_time: {
      value: cdktf.numberToHclTerraform(struct!.reachableTime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscovery | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dadAttempts !== undefined) {
      hasAnyValues = true;
      internalValueResult.dadAttempts = this._dadAttempts;
    }
    if (this.__dnsServer?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dnsServer = this.__dnsServer?.internalValue;
    }
    if (this.__dnsSuffix?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dnsSuffix = this.__dnsSuffix?.internalValue;
    }
    if (this._enableDad !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableDad = this._enableDad;
    }
    if (this._enableNdpMonitor !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableNdpMonitor = this._enableNdpMonitor;
    }
    if (this.__neighbor?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.neighbor = this.__neighbor?.internalValue;
    }
    if (this._nsInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.nsInterval = this._nsInterval;
    }
    if (this._reachableTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.reachableTime = this._reachableTime;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscovery | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dadAttempts = undefined;
      if (this.__dnsServer !== undefined) this.__dnsServer.internalValue = undefined;
      if (this.__dnsSuffix !== undefined) this.__dnsSuffix.internalValue = undefined;
      this._enableDad = undefined;
      this._enableNdpMonitor = undefined;
      if (this.__neighbor !== undefined) this.__neighbor.internalValue = undefined;
      this._nsInterval = undefined;
      this._reachableTime = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dadAttempts = value.dadAttempts;
      if (value.dnsServer !== undefined || this.__dnsServer !== undefined) this._dnsServer.internalValue = value.dnsServer;
      if (value.dnsSuffix !== undefined || this.__dnsSuffix !== undefined) this._dnsSuffix.internalValue = value.dnsSuffix;
      this._enableDad = value.enableDad;
      this._enableNdpMonitor = value.enableNdpMonitor;
      if (value.neighbor !== undefined || this.__neighbor !== undefined) this._neighbor.internalValue = value.neighbor;
      this._nsInterval = value.nsInterval;
      this._reachableTime = value.reachableTime;
    }
  }

  // dad_attempts - computed: true, optional: true, required: false
  private _dadAttempts?: number; 
  public get dadAttempts() {
    return this.getNumberAttribute('dad_attempts');
  }
  public set dadAttempts(value: number) {
    this._dadAttempts = value;
  }
  public resetDadAttempts() {
    this._dadAttempts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dadAttemptsInput() {
    return this._dadAttempts;
  }

  // dns_server - computed: true, optional: true, required: false
  private __dnsServer?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerOutputReference;
  private get _dnsServer(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerOutputReference {
    return (this.__dnsServer ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServerOutputReference(this, "dns_server"));
  }
  public get dnsServer() {
    return this._dnsServer;
  }
  public putDnsServer(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsServer) {
    if (value !== undefined || this.__dnsServer !== undefined) this._dnsServer.internalValue = value;
  }
  public resetDnsServer() {
    if (this.__dnsServer !== undefined) this.__dnsServer.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsServerInput() {
    return this.__dnsServer?.internalValue;
  }

  // dns_suffix - computed: true, optional: true, required: false
  private __dnsSuffix?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixOutputReference;
  private get _dnsSuffix(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixOutputReference {
    return (this.__dnsSuffix ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffixOutputReference(this, "dns_suffix"));
  }
  public get dnsSuffix() {
    return this._dnsSuffix;
  }
  public putDnsSuffix(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryDnsSuffix) {
    if (value !== undefined || this.__dnsSuffix !== undefined) this._dnsSuffix.internalValue = value;
  }
  public resetDnsSuffix() {
    if (this.__dnsSuffix !== undefined) this.__dnsSuffix.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsSuffixInput() {
    return this.__dnsSuffix?.internalValue;
  }

  // enable_dad - computed: true, optional: true, required: false
  private _enableDad?: boolean | cdktf.IResolvable; 
  public get enableDad() {
    return this.getBooleanAttribute('enable_dad');
  }
  public set enableDad(value: boolean | cdktf.IResolvable) {
    this._enableDad = value;
  }
  public resetEnableDad() {
    this._enableDad = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableDadInput() {
    return this._enableDad;
  }

  // enable_ndp_monitor - computed: true, optional: true, required: false
  private _enableNdpMonitor?: boolean | cdktf.IResolvable; 
  public get enableNdpMonitor() {
    return this.getBooleanAttribute('enable_ndp_monitor');
  }
  public set enableNdpMonitor(value: boolean | cdktf.IResolvable) {
    this._enableNdpMonitor = value;
  }
  public resetEnableNdpMonitor() {
    this._enableNdpMonitor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableNdpMonitorInput() {
    return this._enableNdpMonitor;
  }

  // neighbor - computed: true, optional: true, required: false
  private __neighbor?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborList;
  private get _neighbor(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborList {
    return (this.__neighbor ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighborList(this, "neighbor", false));
  }
  public get neighbor() {
    return this._neighbor;
  }
  public putNeighbor(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryNeighbor[] | cdktf.IResolvable) {
    if (value !== undefined || this.__neighbor !== undefined) this._neighbor.internalValue = value;
  }
  public resetNeighbor() {
    if (this.__neighbor !== undefined) this.__neighbor.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get neighborInput() {
    return this.__neighbor?.internalValue;
  }

  // ns_interval - computed: true, optional: true, required: false
  private _nsInterval?: number; 
  public get nsInterval() {
    return this.getNumberAttribute('ns_interval');
  }
  public set nsInterval(value: number) {
    this._nsInterval = value;
  }
  public resetNsInterval() {
    this._nsInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nsIntervalInput() {
    return this._nsInterval;
  }

  // reachable_time - computed: true, optional: true, required: false
  private _reachableTime?: number; 
  public get reachableTime() {
    return this.getNumberAttribute('reachable_time');
  }
  public set reachableTime(value: number) {
    this._reachableTime = value;
  }
  public resetReachableTime() {
    this._reachableTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reachableTimeInput() {
    return this._reachableTime;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNo {
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNoToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNo | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNoToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNo | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNo | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNo | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYes {
  /**
  * Configure unique Prefix Pool Name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#pfx_pool_name DataPanosEthernetLayer3Subinterface#pfx_pool_name}
  */
  readonly pfxPoolName?: string;
  /**
  * Hint DHCP Prefix Length (bits)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#prefix_len DataPanosEthernetLayer3Subinterface#prefix_len}
  */
  readonly prefixLen?: number;
  /**
  * Send prefix length hint to server
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#prefix_len_hint DataPanosEthernetLayer3Subinterface#prefix_len_hint}
  */
  readonly prefixLenHint?: boolean | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYesToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYes | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    pfx_pool_name: cdktf.stringToTerraform(struct!.pfxPoolName),
    prefix_len: cdktf.numberToTerraform(struct!.prefixLen),
    prefix_len_hint: cdktf.booleanToTerraform(struct!.prefixLenHint),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYesToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYes | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    pfx_pool_name: {
      value: cdktf.stringToHclTerraform(struct!.pfxPoolName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    prefix_len: {
      value: cdktf.numberToHclTerraform(struct!.prefixLen),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    prefix_len_hint: {
      value: cdktf.booleanToHclTerraform(struct!.prefixLenHint),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYes | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._pfxPoolName !== undefined) {
      hasAnyValues = true;
      internalValueResult.pfxPoolName = this._pfxPoolName;
    }
    if (this._prefixLen !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefixLen = this._prefixLen;
    }
    if (this._prefixLenHint !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefixLenHint = this._prefixLenHint;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYes | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._pfxPoolName = undefined;
      this._prefixLen = undefined;
      this._prefixLenHint = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._pfxPoolName = value.pfxPoolName;
      this._prefixLen = value.prefixLen;
      this._prefixLenHint = value.prefixLenHint;
    }
  }

  // pfx_pool_name - computed: true, optional: true, required: false
  private _pfxPoolName?: string; 
  public get pfxPoolName() {
    return this.getStringAttribute('pfx_pool_name');
  }
  public set pfxPoolName(value: string) {
    this._pfxPoolName = value;
  }
  public resetPfxPoolName() {
    this._pfxPoolName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pfxPoolNameInput() {
    return this._pfxPoolName;
  }

  // prefix_len - computed: true, optional: true, required: false
  private _prefixLen?: number; 
  public get prefixLen() {
    return this.getNumberAttribute('prefix_len');
  }
  public set prefixLen(value: number) {
    this._prefixLen = value;
  }
  public resetPrefixLen() {
    this._prefixLen = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixLenInput() {
    return this._prefixLen;
  }

  // prefix_len_hint - computed: true, optional: true, required: false
  private _prefixLenHint?: boolean | cdktf.IResolvable; 
  public get prefixLenHint() {
    return this.getBooleanAttribute('prefix_len_hint');
  }
  public set prefixLenHint(value: boolean | cdktf.IResolvable) {
    this._prefixLenHint = value;
  }
  public resetPrefixLenHint() {
    this._prefixLenHint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixLenHintInput() {
    return this._prefixLenHint;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnable {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#no DataPanosEthernetLayer3Subinterface#no}
  */
  readonly no?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNo;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#yes DataPanosEthernetLayer3Subinterface#yes}
  */
  readonly yes?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYes;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    no: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNoToTerraform(struct!.no),
    yes: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYesToTerraform(struct!.yes),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    no: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNoToHclTerraform(struct!.no),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNo",
    },
    yes: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYesToHclTerraform(struct!.yes),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYes",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnable | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__no?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.no = this.__no?.internalValue;
    }
    if (this.__yes?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.yes = this.__yes?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnable | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__no !== undefined) this.__no.internalValue = undefined;
      if (this.__yes !== undefined) this.__yes.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.no !== undefined || this.__no !== undefined) this._no.internalValue = value.no;
      if (value.yes !== undefined || this.__yes !== undefined) this._yes.internalValue = value.yes;
    }
  }

  // no - computed: true, optional: true, required: false
  private __no?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNoOutputReference;
  private get _no(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNoOutputReference {
    return (this.__no ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNoOutputReference(this, "no"));
  }
  public get no() {
    return this._no;
  }
  public putNo(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableNo) {
    if (value !== undefined || this.__no !== undefined) this._no.internalValue = value;
  }
  public resetNo() {
    if (this.__no !== undefined) this.__no.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noInput() {
    return this.__no?.internalValue;
  }

  // yes - computed: true, optional: true, required: false
  private __yes?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYesOutputReference;
  private get _yes(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYesOutputReference {
    return (this.__yes ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYesOutputReference(this, "yes"));
  }
  public get yes() {
    return this._yes;
  }
  public putYes(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableYes) {
    if (value !== undefined || this.__yes !== undefined) this._yes.internalValue = value;
  }
  public resetYes() {
    if (this.__yes !== undefined) this.__yes.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get yesInput() {
    return this.__yes?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegation {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnable;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegation | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableToTerraform(struct!.enable),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegation | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableToHclTerraform(struct!.enable),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnable",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegation | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__enable?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this.__enable?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegation | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__enable !== undefined) this.__enable.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.enable !== undefined || this.__enable !== undefined) this._enable.internalValue = value.enable;
    }
  }

  // enable - computed: true, optional: true, required: false
  private __enable?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableOutputReference;
  private get _enable(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableOutputReference {
    return (this.__enable ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnableOutputReference(this, "enable"));
  }
  public get enable() {
    return this._enable;
  }
  public putEnable(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationEnable) {
    if (value !== undefined || this.__enable !== undefined) this._enable.internalValue = value;
  }
  public resetEnable() {
    if (this.__enable !== undefined) this.__enable.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this.__enable?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNo {
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNoToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNo | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNoToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNo | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNo | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNo | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYes {
  /**
  * Request Non-Temporary Address Type
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#non_temp_addr DataPanosEthernetLayer3Subinterface#non_temp_addr}
  */
  readonly nonTempAddr?: boolean | cdktf.IResolvable;
  /**
  * Request Temporary Address Type
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#temp_addr DataPanosEthernetLayer3Subinterface#temp_addr}
  */
  readonly tempAddr?: boolean | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYesToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYes | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    non_temp_addr: cdktf.booleanToTerraform(struct!.nonTempAddr),
    temp_addr: cdktf.booleanToTerraform(struct!.tempAddr),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYesToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYes | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    non_temp_addr: {
      value: cdktf.booleanToHclTerraform(struct!.nonTempAddr),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    temp_addr: {
      value: cdktf.booleanToHclTerraform(struct!.tempAddr),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYes | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._nonTempAddr !== undefined) {
      hasAnyValues = true;
      internalValueResult.nonTempAddr = this._nonTempAddr;
    }
    if (this._tempAddr !== undefined) {
      hasAnyValues = true;
      internalValueResult.tempAddr = this._tempAddr;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYes | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._nonTempAddr = undefined;
      this._tempAddr = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._nonTempAddr = value.nonTempAddr;
      this._tempAddr = value.tempAddr;
    }
  }

  // non_temp_addr - computed: true, optional: true, required: false
  private _nonTempAddr?: boolean | cdktf.IResolvable; 
  public get nonTempAddr() {
    return this.getBooleanAttribute('non_temp_addr');
  }
  public set nonTempAddr(value: boolean | cdktf.IResolvable) {
    this._nonTempAddr = value;
  }
  public resetNonTempAddr() {
    this._nonTempAddr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nonTempAddrInput() {
    return this._nonTempAddr;
  }

  // temp_addr - computed: true, optional: true, required: false
  private _tempAddr?: boolean | cdktf.IResolvable; 
  public get tempAddr() {
    return this.getBooleanAttribute('temp_addr');
  }
  public set tempAddr(value: boolean | cdktf.IResolvable) {
    this._tempAddr = value;
  }
  public resetTempAddr() {
    this._tempAddr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tempAddrInput() {
    return this._tempAddr;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnable {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#no DataPanosEthernetLayer3Subinterface#no}
  */
  readonly no?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNo;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#yes DataPanosEthernetLayer3Subinterface#yes}
  */
  readonly yes?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYes;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    no: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNoToTerraform(struct!.no),
    yes: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYesToTerraform(struct!.yes),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnable | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    no: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNoToHclTerraform(struct!.no),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNo",
    },
    yes: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYesToHclTerraform(struct!.yes),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYes",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnable | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__no?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.no = this.__no?.internalValue;
    }
    if (this.__yes?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.yes = this.__yes?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnable | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__no !== undefined) this.__no.internalValue = undefined;
      if (this.__yes !== undefined) this.__yes.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.no !== undefined || this.__no !== undefined) this._no.internalValue = value.no;
      if (value.yes !== undefined || this.__yes !== undefined) this._yes.internalValue = value.yes;
    }
  }

  // no - computed: true, optional: true, required: false
  private __no?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNoOutputReference;
  private get _no(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNoOutputReference {
    return (this.__no ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNoOutputReference(this, "no"));
  }
  public get no() {
    return this._no;
  }
  public putNo(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableNo) {
    if (value !== undefined || this.__no !== undefined) this._no.internalValue = value;
  }
  public resetNo() {
    if (this.__no !== undefined) this.__no.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noInput() {
    return this.__no?.internalValue;
  }

  // yes - computed: true, optional: true, required: false
  private __yes?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYesOutputReference;
  private get _yes(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYesOutputReference {
    return (this.__yes ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYesOutputReference(this, "yes"));
  }
  public get yes() {
    return this._yes;
  }
  public putYes(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableYes) {
    if (value !== undefined || this.__yes !== undefined) this._yes.internalValue = value;
  }
  public resetYes() {
    if (this.__yes !== undefined) this.__yes.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get yesInput() {
    return this.__yes?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6Options {
  /**
  * Select DUID-LLT/DUID-LL
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#duid_type DataPanosEthernetLayer3Subinterface#duid_type}
  */
  readonly duidType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnable;
  /**
  * Enable Rapid Commit
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#rapid_commit DataPanosEthernetLayer3Subinterface#rapid_commit}
  */
  readonly rapidCommit?: boolean | cdktf.IResolvable;
  /**
  * Enable DHCPv6 Server Re-Configuration Support
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#support_srvr_reconfig DataPanosEthernetLayer3Subinterface#support_srvr_reconfig}
  */
  readonly supportSrvrReconfig?: boolean | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6Options | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    duid_type: cdktf.stringToTerraform(struct!.duidType),
    enable: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableToTerraform(struct!.enable),
    rapid_commit: cdktf.booleanToTerraform(struct!.rapidCommit),
    support_srvr_reconfig: cdktf.booleanToTerraform(struct!.supportSrvrReconfig),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6Options | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    duid_type: {
      value: cdktf.stringToHclTerraform(struct!.duidType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    enable: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableToHclTerraform(struct!.enable),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnable",
    },
    rapid_commit: {
      value: cdktf.booleanToHclTerraform(struct!.rapidCommit),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    support_srvr_reconfig: {
      value: cdktf.booleanToHclTerraform(struct!.supportSrvrReconfig),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6Options | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._duidType !== undefined) {
      hasAnyValues = true;
      internalValueResult.duidType = this._duidType;
    }
    if (this.__enable?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this.__enable?.internalValue;
    }
    if (this._rapidCommit !== undefined) {
      hasAnyValues = true;
      internalValueResult.rapidCommit = this._rapidCommit;
    }
    if (this._supportSrvrReconfig !== undefined) {
      hasAnyValues = true;
      internalValueResult.supportSrvrReconfig = this._supportSrvrReconfig;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6Options | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._duidType = undefined;
      if (this.__enable !== undefined) this.__enable.internalValue = undefined;
      this._rapidCommit = undefined;
      this._supportSrvrReconfig = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._duidType = value.duidType;
      if (value.enable !== undefined || this.__enable !== undefined) this._enable.internalValue = value.enable;
      this._rapidCommit = value.rapidCommit;
      this._supportSrvrReconfig = value.supportSrvrReconfig;
    }
  }

  // duid_type - computed: true, optional: true, required: false
  private _duidType?: string; 
  public get duidType() {
    return this.getStringAttribute('duid_type');
  }
  public set duidType(value: string) {
    this._duidType = value;
  }
  public resetDuidType() {
    this._duidType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get duidTypeInput() {
    return this._duidType;
  }

  // enable - computed: true, optional: true, required: false
  private __enable?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableOutputReference;
  private get _enable(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableOutputReference {
    return (this.__enable ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnableOutputReference(this, "enable"));
  }
  public get enable() {
    return this._enable;
  }
  public putEnable(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsEnable) {
    if (value !== undefined || this.__enable !== undefined) this._enable.internalValue = value;
  }
  public resetEnable() {
    if (this.__enable !== undefined) this.__enable.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this.__enable?.internalValue;
  }

  // rapid_commit - computed: true, optional: true, required: false
  private _rapidCommit?: boolean | cdktf.IResolvable; 
  public get rapidCommit() {
    return this.getBooleanAttribute('rapid_commit');
  }
  public set rapidCommit(value: boolean | cdktf.IResolvable) {
    this._rapidCommit = value;
  }
  public resetRapidCommit() {
    this._rapidCommit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rapidCommitInput() {
    return this._rapidCommit;
  }

  // support_srvr_reconfig - computed: true, optional: true, required: false
  private _supportSrvrReconfig?: boolean | cdktf.IResolvable; 
  public get supportSrvrReconfig() {
    return this.getBooleanAttribute('support_srvr_reconfig');
  }
  public set supportSrvrReconfig(value: boolean | cdktf.IResolvable) {
    this._supportSrvrReconfig = value;
  }
  public resetSupportSrvrReconfig() {
    this._supportSrvrReconfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get supportSrvrReconfigInput() {
    return this._supportSrvrReconfig;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6DhcpClient {
  /**
  * Accept Router Advertised Default Route
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#accept_ra_route DataPanosEthernetLayer3Subinterface#accept_ra_route}
  */
  readonly acceptRaRoute?: boolean | cdktf.IResolvable;
  /**
  * Metric of the default route created
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#default_route_metric DataPanosEthernetLayer3Subinterface#default_route_metric}
  */
  readonly defaultRouteMetric?: number;
  /**
  * Enable DHCPv6 Client
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#neighbor_discovery DataPanosEthernetLayer3Subinterface#neighbor_discovery}
  */
  readonly neighborDiscovery?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscovery;
  /**
  * Select Low/Medium/High
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#preference DataPanosEthernetLayer3Subinterface#preference}
  */
  readonly preference?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#prefix_delegation DataPanosEthernetLayer3Subinterface#prefix_delegation}
  */
  readonly prefixDelegation?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegation;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#v6_options DataPanosEthernetLayer3Subinterface#v6_options}
  */
  readonly v6Options?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6Options;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClient | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    accept_ra_route: cdktf.booleanToTerraform(struct!.acceptRaRoute),
    default_route_metric: cdktf.numberToTerraform(struct!.defaultRouteMetric),
    enable: cdktf.booleanToTerraform(struct!.enable),
    neighbor_discovery: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryToTerraform(struct!.neighborDiscovery),
    preference: cdktf.stringToTerraform(struct!.preference),
    prefix_delegation: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationToTerraform(struct!.prefixDelegation),
    v6_options: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsToTerraform(struct!.v6Options),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClient | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    accept_ra_route: {
      value: cdktf.booleanToHclTerraform(struct!.acceptRaRoute),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    default_route_metric: {
      value: cdktf.numberToHclTerraform(struct!.defaultRouteMetric),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    neighbor_discovery: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryToHclTerraform(struct!.neighborDiscovery),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscovery",
    },
    preference: {
      value: cdktf.stringToHclTerraform(struct!.preference),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    prefix_delegation: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationToHclTerraform(struct!.prefixDelegation),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegation",
    },
    v6_options: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsToHclTerraform(struct!.v6Options),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6Options",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClient | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._acceptRaRoute !== undefined) {
      hasAnyValues = true;
      internalValueResult.acceptRaRoute = this._acceptRaRoute;
    }
    if (this._defaultRouteMetric !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultRouteMetric = this._defaultRouteMetric;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this.__neighborDiscovery?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.neighborDiscovery = this.__neighborDiscovery?.internalValue;
    }
    if (this._preference !== undefined) {
      hasAnyValues = true;
      internalValueResult.preference = this._preference;
    }
    if (this.__prefixDelegation?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefixDelegation = this.__prefixDelegation?.internalValue;
    }
    if (this.__v6Options?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.v6Options = this.__v6Options?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClient | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._acceptRaRoute = undefined;
      this._defaultRouteMetric = undefined;
      this._enable = undefined;
      if (this.__neighborDiscovery !== undefined) this.__neighborDiscovery.internalValue = undefined;
      this._preference = undefined;
      if (this.__prefixDelegation !== undefined) this.__prefixDelegation.internalValue = undefined;
      if (this.__v6Options !== undefined) this.__v6Options.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._acceptRaRoute = value.acceptRaRoute;
      this._defaultRouteMetric = value.defaultRouteMetric;
      this._enable = value.enable;
      if (value.neighborDiscovery !== undefined || this.__neighborDiscovery !== undefined) this._neighborDiscovery.internalValue = value.neighborDiscovery;
      this._preference = value.preference;
      if (value.prefixDelegation !== undefined || this.__prefixDelegation !== undefined) this._prefixDelegation.internalValue = value.prefixDelegation;
      if (value.v6Options !== undefined || this.__v6Options !== undefined) this._v6Options.internalValue = value.v6Options;
    }
  }

  // accept_ra_route - computed: true, optional: true, required: false
  private _acceptRaRoute?: boolean | cdktf.IResolvable; 
  public get acceptRaRoute() {
    return this.getBooleanAttribute('accept_ra_route');
  }
  public set acceptRaRoute(value: boolean | cdktf.IResolvable) {
    this._acceptRaRoute = value;
  }
  public resetAcceptRaRoute() {
    this._acceptRaRoute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get acceptRaRouteInput() {
    return this._acceptRaRoute;
  }

  // default_route_metric - computed: true, optional: true, required: false
  private _defaultRouteMetric?: number; 
  public get defaultRouteMetric() {
    return this.getNumberAttribute('default_route_metric');
  }
  public set defaultRouteMetric(value: number) {
    this._defaultRouteMetric = value;
  }
  public resetDefaultRouteMetric() {
    this._defaultRouteMetric = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultRouteMetricInput() {
    return this._defaultRouteMetric;
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // neighbor_discovery - computed: true, optional: true, required: false
  private __neighborDiscovery?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryOutputReference;
  private get _neighborDiscovery(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryOutputReference {
    return (this.__neighborDiscovery ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscoveryOutputReference(this, "neighbor_discovery"));
  }
  public get neighborDiscovery() {
    return this._neighborDiscovery;
  }
  public putNeighborDiscovery(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientNeighborDiscovery) {
    if (value !== undefined || this.__neighborDiscovery !== undefined) this._neighborDiscovery.internalValue = value;
  }
  public resetNeighborDiscovery() {
    if (this.__neighborDiscovery !== undefined) this.__neighborDiscovery.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get neighborDiscoveryInput() {
    return this.__neighborDiscovery?.internalValue;
  }

  // preference - computed: true, optional: true, required: false
  private _preference?: string; 
  public get preference() {
    return this.getStringAttribute('preference');
  }
  public set preference(value: string) {
    this._preference = value;
  }
  public resetPreference() {
    this._preference = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preferenceInput() {
    return this._preference;
  }

  // prefix_delegation - computed: true, optional: true, required: false
  private __prefixDelegation?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationOutputReference;
  private get _prefixDelegation(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationOutputReference {
    return (this.__prefixDelegation ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegationOutputReference(this, "prefix_delegation"));
  }
  public get prefixDelegation() {
    return this._prefixDelegation;
  }
  public putPrefixDelegation(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientPrefixDelegation) {
    if (value !== undefined || this.__prefixDelegation !== undefined) this._prefixDelegation.internalValue = value;
  }
  public resetPrefixDelegation() {
    if (this.__prefixDelegation !== undefined) this.__prefixDelegation.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixDelegationInput() {
    return this.__prefixDelegation?.internalValue;
  }

  // v6_options - computed: true, optional: true, required: false
  private __v6Options?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsOutputReference;
  private get _v6Options(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsOutputReference {
    return (this.__v6Options ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6OptionsOutputReference(this, "v6_options"));
  }
  public get v6Options() {
    return this._v6Options;
  }
  public putV6Options(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientV6Options) {
    if (value !== undefined || this.__v6Options !== undefined) this._v6Options.internalValue = value;
  }
  public resetV6Options() {
    if (this.__v6Options !== undefined) this.__v6Options.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v6OptionsInput() {
    return this.__v6Options?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertise {
  /**
  * Set the Auto Address Configuration Flag (A-bit) of the prefix in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#auto_config_flag DataPanosEthernetLayer3Subinterface#auto_config_flag}
  */
  readonly autoConfigFlag?: boolean | cdktf.IResolvable;
  /**
  * Enable advertising this prefix in router advertisements
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Set the On-Link Flag (L-bit) of the prefix in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#onlink_flag DataPanosEthernetLayer3Subinterface#onlink_flag}
  */
  readonly onlinkFlag?: boolean | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertiseToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertise | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    auto_config_flag: cdktf.booleanToTerraform(struct!.autoConfigFlag),
    enable: cdktf.booleanToTerraform(struct!.enable),
    onlink_flag: cdktf.booleanToTerraform(struct!.onlinkFlag),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertiseToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertise | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    auto_config_flag: {
      value: cdktf.booleanToHclTerraform(struct!.autoConfigFlag),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    onlink_flag: {
      value: cdktf.booleanToHclTerraform(struct!.onlinkFlag),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertiseOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertise | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._autoConfigFlag !== undefined) {
      hasAnyValues = true;
      internalValueResult.autoConfigFlag = this._autoConfigFlag;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._onlinkFlag !== undefined) {
      hasAnyValues = true;
      internalValueResult.onlinkFlag = this._onlinkFlag;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertise | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._autoConfigFlag = undefined;
      this._enable = undefined;
      this._onlinkFlag = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._autoConfigFlag = value.autoConfigFlag;
      this._enable = value.enable;
      this._onlinkFlag = value.onlinkFlag;
    }
  }

  // auto_config_flag - computed: true, optional: true, required: false
  private _autoConfigFlag?: boolean | cdktf.IResolvable; 
  public get autoConfigFlag() {
    return this.getBooleanAttribute('auto_config_flag');
  }
  public set autoConfigFlag(value: boolean | cdktf.IResolvable) {
    this._autoConfigFlag = value;
  }
  public resetAutoConfigFlag() {
    this._autoConfigFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoConfigFlagInput() {
    return this._autoConfigFlag;
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // onlink_flag - computed: true, optional: true, required: false
  private _onlinkFlag?: boolean | cdktf.IResolvable; 
  public get onlinkFlag() {
    return this.getBooleanAttribute('onlink_flag');
  }
  public set onlinkFlag(value: boolean | cdktf.IResolvable) {
    this._onlinkFlag = value;
  }
  public resetOnlinkFlag() {
    this._onlinkFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onlinkFlagInput() {
    return this._onlinkFlag;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamic {
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamic | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamic | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicId {
  /**
  * Range [0-4095] must be unqiue for this prefix-pool
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#identifier DataPanosEthernetLayer3Subinterface#identifier}
  */
  readonly identifier?: number;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicIdToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicId | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    identifier: cdktf.numberToTerraform(struct!.identifier),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicIdToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicId | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    identifier: {
      value: cdktf.numberToHclTerraform(struct!.identifier),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicIdOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicId | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._identifier !== undefined) {
      hasAnyValues = true;
      internalValueResult.identifier = this._identifier;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicId | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._identifier = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._identifier = value.identifier;
    }
  }

  // identifier - computed: true, optional: true, required: false
  private _identifier?: number; 
  public get identifier() {
    return this.getNumberAttribute('identifier');
  }
  public set identifier(value: number) {
    this._identifier = value;
  }
  public resetIdentifier() {
    this._identifier = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get identifierInput() {
    return this._identifier;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolType {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dynamic DataPanosEthernetLayer3Subinterface#dynamic}
  */
  readonly dynamic?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamic;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dynamic_id DataPanosEthernetLayer3Subinterface#dynamic_id}
  */
  readonly dynamicId?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicId;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolType | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dynamic: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicToTerraform(struct!.dynamic),
    dynamic_id: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicIdToTerraform(struct!.dynamicId),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolType | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dynamic: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicToHclTerraform(struct!.dynamic),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamic",
    },
    dynamic_id: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicIdToHclTerraform(struct!.dynamicId),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicId",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolType | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__dynamic?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dynamic = this.__dynamic?.internalValue;
    }
    if (this.__dynamicId?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dynamicId = this.__dynamicId?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolType | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__dynamic !== undefined) this.__dynamic.internalValue = undefined;
      if (this.__dynamicId !== undefined) this.__dynamicId.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.dynamic !== undefined || this.__dynamic !== undefined) this._dynamic.internalValue = value.dynamic;
      if (value.dynamicId !== undefined || this.__dynamicId !== undefined) this._dynamicId.internalValue = value.dynamicId;
    }
  }

  // dynamic - computed: true, optional: true, required: false
  private __dynamic?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicOutputReference;
  private get _dynamic(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicOutputReference {
    return (this.__dynamic ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicOutputReference(this, "dynamic"));
  }
  public get dynamic() {
    return this._dynamic;
  }
  public putDynamic(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamic) {
    if (value !== undefined || this.__dynamic !== undefined) this._dynamic.internalValue = value;
  }
  public resetDynamic() {
    if (this.__dynamic !== undefined) this.__dynamic.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dynamicInput() {
    return this.__dynamic?.internalValue;
  }

  // dynamic_id - computed: true, optional: true, required: false
  private __dynamicId?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicIdOutputReference;
  private get _dynamicId(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicIdOutputReference {
    return (this.__dynamicId ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicIdOutputReference(this, "dynamic_id"));
  }
  public get dynamicId() {
    return this._dynamicId;
  }
  public putDynamicId(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeDynamicId) {
    if (value !== undefined || this.__dynamicId !== undefined) this._dynamicId.internalValue = value;
  }
  public resetDynamicId() {
    if (this.__dynamicId !== undefined) this.__dynamicId.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dynamicIdInput() {
    return this.__dynamicId?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGua {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#advertise DataPanosEthernetLayer3Subinterface#advertise}
  */
  readonly advertise?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertise;
  /**
  * Enable on Interface
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable_on_interface DataPanosEthernetLayer3Subinterface#enable_on_interface}
  */
  readonly enableOnInterface?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#pool_type DataPanosEthernetLayer3Subinterface#pool_type}
  */
  readonly poolType?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolType;
  /**
  * Prefix-Pool Name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#prefix_pool DataPanosEthernetLayer3Subinterface#prefix_pool}
  */
  readonly prefixPool?: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGua | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    advertise: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertiseToTerraform(struct!.advertise),
    enable_on_interface: cdktf.booleanToTerraform(struct!.enableOnInterface),
    pool_type: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeToTerraform(struct!.poolType),
    prefix_pool: cdktf.stringToTerraform(struct!.prefixPool),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGua | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    advertise: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertiseToHclTerraform(struct!.advertise),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertise",
    },
    enable_on_interface: {
      value: cdktf.booleanToHclTerraform(struct!.enableOnInterface),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    pool_type: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeToHclTerraform(struct!.poolType),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolType",
    },
    prefix_pool: {
      value: cdktf.stringToHclTerraform(struct!.prefixPool),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGua | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__advertise?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.advertise = this.__advertise?.internalValue;
    }
    if (this._enableOnInterface !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableOnInterface = this._enableOnInterface;
    }
    if (this.__poolType?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.poolType = this.__poolType?.internalValue;
    }
    if (this._prefixPool !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefixPool = this._prefixPool;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGua | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__advertise !== undefined) this.__advertise.internalValue = undefined;
      this._enableOnInterface = undefined;
      if (this.__poolType !== undefined) this.__poolType.internalValue = undefined;
      this._prefixPool = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.advertise !== undefined || this.__advertise !== undefined) this._advertise.internalValue = value.advertise;
      this._enableOnInterface = value.enableOnInterface;
      if (value.poolType !== undefined || this.__poolType !== undefined) this._poolType.internalValue = value.poolType;
      this._prefixPool = value.prefixPool;
    }
  }

  // advertise - computed: true, optional: true, required: false
  private __advertise?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertiseOutputReference;
  private get _advertise(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertiseOutputReference {
    return (this.__advertise ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertiseOutputReference(this, "advertise"));
  }
  public get advertise() {
    return this._advertise;
  }
  public putAdvertise(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaAdvertise) {
    if (value !== undefined || this.__advertise !== undefined) this._advertise.internalValue = value;
  }
  public resetAdvertise() {
    if (this.__advertise !== undefined) this.__advertise.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advertiseInput() {
    return this.__advertise?.internalValue;
  }

  // enable_on_interface - computed: true, optional: true, required: false
  private _enableOnInterface?: boolean | cdktf.IResolvable; 
  public get enableOnInterface() {
    return this.getBooleanAttribute('enable_on_interface');
  }
  public set enableOnInterface(value: boolean | cdktf.IResolvable) {
    this._enableOnInterface = value;
  }
  public resetEnableOnInterface() {
    this._enableOnInterface = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableOnInterfaceInput() {
    return this._enableOnInterface;
  }

  // pool_type - computed: true, optional: true, required: false
  private __poolType?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeOutputReference;
  private get _poolType(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeOutputReference {
    return (this.__poolType ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolTypeOutputReference(this, "pool_type"));
  }
  public get poolType() {
    return this._poolType;
  }
  public putPoolType(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaPoolType) {
    if (value !== undefined || this.__poolType !== undefined) this._poolType.internalValue = value;
  }
  public resetPoolType() {
    if (this.__poolType !== undefined) this.__poolType.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get poolTypeInput() {
    return this.__poolType?.internalValue;
  }

  // prefix_pool - computed: true, optional: true, required: false
  private _prefixPool?: string; 
  public get prefixPool() {
    return this.getStringAttribute('prefix_pool');
  }
  public set prefixPool(value: string) {
    this._prefixPool = value;
  }
  public resetPrefixPool() {
    this._prefixPool = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixPoolInput() {
    return this._prefixPool;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertise {
  /**
  * Set the Auto Address Configuration Flag (A-bit) of the prefix in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#auto_config_flag DataPanosEthernetLayer3Subinterface#auto_config_flag}
  */
  readonly autoConfigFlag?: boolean | cdktf.IResolvable;
  /**
  * enable advertising this prefix in router advertisements
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Set the On-Link Flag (L-bit) of the prefix in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#onlink_flag DataPanosEthernetLayer3Subinterface#onlink_flag}
  */
  readonly onlinkFlag?: boolean | cdktf.IResolvable;
  /**
  * Preferred Lifetime (in seconds) of the prefix advertised in Router advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#preferred_lifetime DataPanosEthernetLayer3Subinterface#preferred_lifetime}
  */
  readonly preferredLifetime?: string;
  /**
  * Valid Lifetime (in seconds) of the prefix advertised in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#valid_lifetime DataPanosEthernetLayer3Subinterface#valid_lifetime}
  */
  readonly validLifetime?: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertiseToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertise | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    auto_config_flag: cdktf.booleanToTerraform(struct!.autoConfigFlag),
    enable: cdktf.booleanToTerraform(struct!.enable),
    onlink_flag: cdktf.booleanToTerraform(struct!.onlinkFlag),
    preferred_lifetime: cdktf.stringToTerraform(struct!.preferredLifetime),
    valid_lifetime: cdktf.stringToTerraform(struct!.validLifetime),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertiseToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertise | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    auto_config_flag: {
      value: cdktf.booleanToHclTerraform(struct!.autoConfigFlag),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    onlink_flag: {
      value: cdktf.booleanToHclTerraform(struct!.onlinkFlag),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    preferred_lifetime: {
      value: cdktf.stringToHclTerraform(struct!.preferredLifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    valid_lifetime: {
      value: cdktf.stringToHclTerraform(struct!.validLifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertiseOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertise | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._autoConfigFlag !== undefined) {
      hasAnyValues = true;
      internalValueResult.autoConfigFlag = this._autoConfigFlag;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._onlinkFlag !== undefined) {
      hasAnyValues = true;
      internalValueResult.onlinkFlag = this._onlinkFlag;
    }
    if (this._preferredLifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.preferredLifetime = this._preferredLifetime;
    }
    if (this._validLifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.validLifetime = this._validLifetime;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertise | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._autoConfigFlag = undefined;
      this._enable = undefined;
      this._onlinkFlag = undefined;
      this._preferredLifetime = undefined;
      this._validLifetime = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._autoConfigFlag = value.autoConfigFlag;
      this._enable = value.enable;
      this._onlinkFlag = value.onlinkFlag;
      this._preferredLifetime = value.preferredLifetime;
      this._validLifetime = value.validLifetime;
    }
  }

  // auto_config_flag - computed: true, optional: true, required: false
  private _autoConfigFlag?: boolean | cdktf.IResolvable; 
  public get autoConfigFlag() {
    return this.getBooleanAttribute('auto_config_flag');
  }
  public set autoConfigFlag(value: boolean | cdktf.IResolvable) {
    this._autoConfigFlag = value;
  }
  public resetAutoConfigFlag() {
    this._autoConfigFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoConfigFlagInput() {
    return this._autoConfigFlag;
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // onlink_flag - computed: true, optional: true, required: false
  private _onlinkFlag?: boolean | cdktf.IResolvable; 
  public get onlinkFlag() {
    return this.getBooleanAttribute('onlink_flag');
  }
  public set onlinkFlag(value: boolean | cdktf.IResolvable) {
    this._onlinkFlag = value;
  }
  public resetOnlinkFlag() {
    this._onlinkFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onlinkFlagInput() {
    return this._onlinkFlag;
  }

  // preferred_lifetime - computed: true, optional: true, required: false
  private _preferredLifetime?: string; 
  public get preferredLifetime() {
    return this.getStringAttribute('preferred_lifetime');
  }
  public set preferredLifetime(value: string) {
    this._preferredLifetime = value;
  }
  public resetPreferredLifetime() {
    this._preferredLifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preferredLifetimeInput() {
    return this._preferredLifetime;
  }

  // valid_lifetime - computed: true, optional: true, required: false
  private _validLifetime?: string; 
  public get validLifetime() {
    return this.getStringAttribute('valid_lifetime');
  }
  public set validLifetime(value: string) {
    this._validLifetime = value;
  }
  public resetValidLifetime() {
    this._validLifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validLifetimeInput() {
    return this._validLifetime;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUla {
  /**
  * Configure ULA (Unique Local Address)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#address DataPanosEthernetLayer3Subinterface#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#advertise DataPanosEthernetLayer3Subinterface#advertise}
  */
  readonly advertise?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertise;
  /**
  * Anycast Address
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#anycast DataPanosEthernetLayer3Subinterface#anycast}
  */
  readonly anycast?: boolean | cdktf.IResolvable;
  /**
  * Configure this address on Interface
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable_on_interface DataPanosEthernetLayer3Subinterface#enable_on_interface}
  */
  readonly enableOnInterface?: boolean | cdktf.IResolvable;
  /**
  * Use this as prefix to form full address with interface id/EUI-64
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#prefix DataPanosEthernetLayer3Subinterface#prefix}
  */
  readonly prefix?: boolean | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUla | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    advertise: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertiseToTerraform(struct!.advertise),
    anycast: cdktf.booleanToTerraform(struct!.anycast),
    enable_on_interface: cdktf.booleanToTerraform(struct!.enableOnInterface),
    prefix: cdktf.booleanToTerraform(struct!.prefix),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUla | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address: {
      value: cdktf.stringToHclTerraform(struct!.address),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    advertise: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertiseToHclTerraform(struct!.advertise),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertise",
    },
    anycast: {
      value: cdktf.booleanToHclTerraform(struct!.anycast),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enable_on_interface: {
      value: cdktf.booleanToHclTerraform(struct!.enableOnInterface),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    prefix: {
      value: cdktf.booleanToHclTerraform(struct!.prefix),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUla | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this.__advertise?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.advertise = this.__advertise?.internalValue;
    }
    if (this._anycast !== undefined) {
      hasAnyValues = true;
      internalValueResult.anycast = this._anycast;
    }
    if (this._enableOnInterface !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableOnInterface = this._enableOnInterface;
    }
    if (this._prefix !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefix = this._prefix;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUla | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._address = undefined;
      if (this.__advertise !== undefined) this.__advertise.internalValue = undefined;
      this._anycast = undefined;
      this._enableOnInterface = undefined;
      this._prefix = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._address = value.address;
      if (value.advertise !== undefined || this.__advertise !== undefined) this._advertise.internalValue = value.advertise;
      this._anycast = value.anycast;
      this._enableOnInterface = value.enableOnInterface;
      this._prefix = value.prefix;
    }
  }

  // address - computed: true, optional: true, required: false
  private _address?: string; 
  public get address() {
    return this.getStringAttribute('address');
  }
  public set address(value: string) {
    this._address = value;
  }
  public resetAddress() {
    this._address = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this._address;
  }

  // advertise - computed: true, optional: true, required: false
  private __advertise?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertiseOutputReference;
  private get _advertise(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertiseOutputReference {
    return (this.__advertise ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertiseOutputReference(this, "advertise"));
  }
  public get advertise() {
    return this._advertise;
  }
  public putAdvertise(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaAdvertise) {
    if (value !== undefined || this.__advertise !== undefined) this._advertise.internalValue = value;
  }
  public resetAdvertise() {
    if (this.__advertise !== undefined) this.__advertise.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advertiseInput() {
    return this.__advertise?.internalValue;
  }

  // anycast - computed: true, optional: true, required: false
  private _anycast?: boolean | cdktf.IResolvable; 
  public get anycast() {
    return this.getBooleanAttribute('anycast');
  }
  public set anycast(value: boolean | cdktf.IResolvable) {
    this._anycast = value;
  }
  public resetAnycast() {
    this._anycast = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get anycastInput() {
    return this._anycast;
  }

  // enable_on_interface - computed: true, optional: true, required: false
  private _enableOnInterface?: boolean | cdktf.IResolvable; 
  public get enableOnInterface() {
    return this.getBooleanAttribute('enable_on_interface');
  }
  public set enableOnInterface(value: boolean | cdktf.IResolvable) {
    this._enableOnInterface = value;
  }
  public resetEnableOnInterface() {
    this._enableOnInterface = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableOnInterfaceInput() {
    return this._enableOnInterface;
  }

  // prefix - computed: true, optional: true, required: false
  private _prefix?: boolean | cdktf.IResolvable; 
  public get prefix() {
    return this.getBooleanAttribute('prefix');
  }
  public set prefix(value: boolean | cdktf.IResolvable) {
    this._prefix = value;
  }
  public resetPrefix() {
    this._prefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixInput() {
    return this._prefix;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrType {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#gua DataPanosEthernetLayer3Subinterface#gua}
  */
  readonly gua?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGua;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ula DataPanosEthernetLayer3Subinterface#ula}
  */
  readonly ula?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUla;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrType | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    gua: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaToTerraform(struct!.gua),
    ula: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaToTerraform(struct!.ula),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrType | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    gua: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaToHclTerraform(struct!.gua),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGua",
    },
    ula: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaToHclTerraform(struct!.ula),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUla",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrType | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__gua?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.gua = this.__gua?.internalValue;
    }
    if (this.__ula?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ula = this.__ula?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrType | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__gua !== undefined) this.__gua.internalValue = undefined;
      if (this.__ula !== undefined) this.__ula.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.gua !== undefined || this.__gua !== undefined) this._gua.internalValue = value.gua;
      if (value.ula !== undefined || this.__ula !== undefined) this._ula.internalValue = value.ula;
    }
  }

  // gua - computed: true, optional: true, required: false
  private __gua?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaOutputReference;
  private get _gua(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaOutputReference {
    return (this.__gua ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGuaOutputReference(this, "gua"));
  }
  public get gua() {
    return this._gua;
  }
  public putGua(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeGua) {
    if (value !== undefined || this.__gua !== undefined) this._gua.internalValue = value;
  }
  public resetGua() {
    if (this.__gua !== undefined) this.__gua.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get guaInput() {
    return this.__gua?.internalValue;
  }

  // ula - computed: true, optional: true, required: false
  private __ula?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaOutputReference;
  private get _ula(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaOutputReference {
    return (this.__ula ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUlaOutputReference(this, "ula"));
  }
  public get ula() {
    return this._ula;
  }
  public putUla(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeUla) {
    if (value !== undefined || this.__ula !== undefined) this._ula.internalValue = value;
  }
  public resetUla() {
    if (this.__ula !== undefined) this.__ula.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ulaInput() {
    return this.__ula?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddr {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#type DataPanosEthernetLayer3Subinterface#type}
  */
  readonly type?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrType;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddr | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    type: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeToTerraform(struct!.type),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddr | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeToHclTerraform(struct!.type),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrType",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddr | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this.__type?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this.__type?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddr | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      if (this.__type !== undefined) this.__type.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      if (value.type !== undefined || this.__type !== undefined) this._type.internalValue = value.type;
    }
  }

  // name - computed: true, optional: false, required: true
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

  // type - computed: true, optional: true, required: false
  private __type?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeOutputReference;
  private get _type(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeOutputReference {
    return (this.__type ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrTypeOutputReference(this, "type"));
  }
  public get type() {
    return this._type;
  }
  public putType(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrType) {
    if (value !== undefined || this.__type !== undefined) this._type.internalValue = value;
  }
  public resetType() {
    if (this.__type !== undefined) this.__type.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this.__type?.internalValue;
  }
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddr[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6 {
  /**
  * Prefix-Pool Name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#prefix_pool DataPanosEthernetLayer3Subinterface#prefix_pool}
  */
  readonly prefixPool?: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6ToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    prefix_pool: cdktf.stringToTerraform(struct!.prefixPool),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6ToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    prefix_pool: {
      value: cdktf.stringToHclTerraform(struct!.prefixPool),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6 | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._prefixPool !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefixPool = this._prefixPool;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6 | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._prefixPool = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._prefixPool = value.prefixPool;
    }
  }

  // prefix_pool - computed: true, optional: true, required: false
  private _prefixPool?: string; 
  public get prefixPool() {
    return this.getStringAttribute('prefix_pool');
  }
  public set prefixPool(value: string) {
    this._prefixPool = value;
  }
  public resetPrefixPool() {
    this._prefixPool = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixPoolInput() {
    return this._prefixPool;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServer {
  /**
  * (4-3600) Lifetime in Seconds
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#lifetime DataPanosEthernetLayer3Subinterface#lifetime}
  */
  readonly lifetime?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    lifetime: cdktf.numberToTerraform(struct!.lifetime),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    lifetime: {
      value: cdktf.numberToHclTerraform(struct!.lifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._lifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.lifetime = this._lifetime;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._lifetime = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._lifetime = value.lifetime;
      this._name = value.name;
    }
  }

  // lifetime - computed: true, optional: true, required: false
  private _lifetime?: number; 
  public get lifetime() {
    return this.getNumberAttribute('lifetime');
  }
  public set lifetime(value: number) {
    this._lifetime = value;
  }
  public resetLifetime() {
    this._lifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeInput() {
    return this._lifetime;
  }

  // name - computed: true, optional: false, required: true
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
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServer[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManual {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#server DataPanosEthernetLayer3Subinterface#server}
  */
  readonly server?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServer[] | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManual | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    server: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerToTerraform, false)(struct!.server),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManual | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    server: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerToHclTerraform, false)(struct!.server),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManual | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__server?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.server = this.__server?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManual | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__server !== undefined) this.__server.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.server !== undefined || this.__server !== undefined) this._server.internalValue = value.server;
    }
  }

  // server - computed: true, optional: true, required: false
  private __server?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerList;
  private get _server(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerList {
    return (this.__server ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServerList(this, "server", false));
  }
  public get server() {
    return this._server;
  }
  public putServer(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualServer[] | cdktf.IResolvable) {
    if (value !== undefined || this.__server !== undefined) this._server.internalValue = value;
  }
  public resetServer() {
    if (this.__server !== undefined) this.__server.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInput() {
    return this.__server?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSource {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dhcpv6 DataPanosEthernetLayer3Subinterface#dhcpv6}
  */
  readonly dhcpv6?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#manual DataPanosEthernetLayer3Subinterface#manual}
  */
  readonly manual?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManual;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dhcpv6: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6ToTerraform(struct!.dhcpv6),
    manual: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualToTerraform(struct!.manual),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dhcpv6: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6ToHclTerraform(struct!.dhcpv6),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6",
    },
    manual: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualToHclTerraform(struct!.manual),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManual",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSource | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__dhcpv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcpv6 = this.__dhcpv6?.internalValue;
    }
    if (this.__manual?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.manual = this.__manual?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSource | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__dhcpv6 !== undefined) this.__dhcpv6.internalValue = undefined;
      if (this.__manual !== undefined) this.__manual.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.dhcpv6 !== undefined || this.__dhcpv6 !== undefined) this._dhcpv6.internalValue = value.dhcpv6;
      if (value.manual !== undefined || this.__manual !== undefined) this._manual.internalValue = value.manual;
    }
  }

  // dhcpv6 - computed: true, optional: true, required: false
  private __dhcpv6?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6OutputReference;
  private get _dhcpv6(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6OutputReference {
    return (this.__dhcpv6 ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6OutputReference(this, "dhcpv6"));
  }
  public get dhcpv6() {
    return this._dhcpv6;
  }
  public putDhcpv6(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceDhcpv6) {
    if (value !== undefined || this.__dhcpv6 !== undefined) this._dhcpv6.internalValue = value;
  }
  public resetDhcpv6() {
    if (this.__dhcpv6 !== undefined) this.__dhcpv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpv6Input() {
    return this.__dhcpv6?.internalValue;
  }

  // manual - computed: true, optional: true, required: false
  private __manual?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualOutputReference;
  private get _manual(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualOutputReference {
    return (this.__manual ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManualOutputReference(this, "manual"));
  }
  public get manual() {
    return this._manual;
  }
  public putManual(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceManual) {
    if (value !== undefined || this.__manual !== undefined) this._manual.internalValue = value;
  }
  public resetManual() {
    if (this.__manual !== undefined) this.__manual.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get manualInput() {
    return this.__manual?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServer {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#source DataPanosEthernetLayer3Subinterface#source}
  */
  readonly source?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSource;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    source: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceToTerraform(struct!.source),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceToHclTerraform(struct!.source),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSource",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this.__source?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.source = this.__source?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enable = undefined;
      if (this.__source !== undefined) this.__source.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enable = value.enable;
      if (value.source !== undefined || this.__source !== undefined) this._source.internalValue = value.source;
    }
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // source - computed: true, optional: true, required: false
  private __source?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceOutputReference;
  private get _source(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceOutputReference {
    return (this.__source ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSourceOutputReference(this, "source"));
  }
  public get source() {
    return this._source;
  }
  public putSource(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerSource) {
    if (value !== undefined || this.__source !== undefined) this._source.internalValue = value;
  }
  public resetSource() {
    if (this.__source !== undefined) this.__source.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this.__source?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6 {
  /**
  * Prefix-Pool Name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#prefix_pool DataPanosEthernetLayer3Subinterface#prefix_pool}
  */
  readonly prefixPool?: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6ToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    prefix_pool: cdktf.stringToTerraform(struct!.prefixPool),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6ToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    prefix_pool: {
      value: cdktf.stringToHclTerraform(struct!.prefixPool),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6 | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._prefixPool !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefixPool = this._prefixPool;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6 | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._prefixPool = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._prefixPool = value.prefixPool;
    }
  }

  // prefix_pool - computed: true, optional: true, required: false
  private _prefixPool?: string; 
  public get prefixPool() {
    return this.getStringAttribute('prefix_pool');
  }
  public set prefixPool(value: string) {
    this._prefixPool = value;
  }
  public resetPrefixPool() {
    this._prefixPool = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixPoolInput() {
    return this._prefixPool;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffix {
  /**
  * (4-3600) lifetime in seconds
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#lifetime DataPanosEthernetLayer3Subinterface#lifetime}
  */
  readonly lifetime?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    lifetime: cdktf.numberToTerraform(struct!.lifetime),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    lifetime: {
      value: cdktf.numberToHclTerraform(struct!.lifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffix | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._lifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.lifetime = this._lifetime;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffix | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._lifetime = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._lifetime = value.lifetime;
      this._name = value.name;
    }
  }

  // lifetime - computed: true, optional: true, required: false
  private _lifetime?: number; 
  public get lifetime() {
    return this.getNumberAttribute('lifetime');
  }
  public set lifetime(value: number) {
    this._lifetime = value;
  }
  public resetLifetime() {
    this._lifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeInput() {
    return this._lifetime;
  }

  // name - computed: true, optional: false, required: true
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
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffix[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManual {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#suffix DataPanosEthernetLayer3Subinterface#suffix}
  */
  readonly suffix?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffix[] | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManual | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    suffix: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixToTerraform, false)(struct!.suffix),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManual | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    suffix: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixToHclTerraform, false)(struct!.suffix),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManual | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__suffix?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.suffix = this.__suffix?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManual | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__suffix !== undefined) this.__suffix.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.suffix !== undefined || this.__suffix !== undefined) this._suffix.internalValue = value.suffix;
    }
  }

  // suffix - computed: true, optional: true, required: false
  private __suffix?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixList;
  private get _suffix(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixList {
    return (this.__suffix ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffixList(this, "suffix", false));
  }
  public get suffix() {
    return this._suffix;
  }
  public putSuffix(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualSuffix[] | cdktf.IResolvable) {
    if (value !== undefined || this.__suffix !== undefined) this._suffix.internalValue = value;
  }
  public resetSuffix() {
    if (this.__suffix !== undefined) this.__suffix.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get suffixInput() {
    return this.__suffix?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSource {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dhcpv6 DataPanosEthernetLayer3Subinterface#dhcpv6}
  */
  readonly dhcpv6?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#manual DataPanosEthernetLayer3Subinterface#manual}
  */
  readonly manual?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManual;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dhcpv6: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6ToTerraform(struct!.dhcpv6),
    manual: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualToTerraform(struct!.manual),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dhcpv6: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6ToHclTerraform(struct!.dhcpv6),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6",
    },
    manual: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualToHclTerraform(struct!.manual),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManual",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSource | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__dhcpv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcpv6 = this.__dhcpv6?.internalValue;
    }
    if (this.__manual?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.manual = this.__manual?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSource | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__dhcpv6 !== undefined) this.__dhcpv6.internalValue = undefined;
      if (this.__manual !== undefined) this.__manual.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.dhcpv6 !== undefined || this.__dhcpv6 !== undefined) this._dhcpv6.internalValue = value.dhcpv6;
      if (value.manual !== undefined || this.__manual !== undefined) this._manual.internalValue = value.manual;
    }
  }

  // dhcpv6 - computed: true, optional: true, required: false
  private __dhcpv6?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6OutputReference;
  private get _dhcpv6(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6OutputReference {
    return (this.__dhcpv6 ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6OutputReference(this, "dhcpv6"));
  }
  public get dhcpv6() {
    return this._dhcpv6;
  }
  public putDhcpv6(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceDhcpv6) {
    if (value !== undefined || this.__dhcpv6 !== undefined) this._dhcpv6.internalValue = value;
  }
  public resetDhcpv6() {
    if (this.__dhcpv6 !== undefined) this.__dhcpv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpv6Input() {
    return this.__dhcpv6?.internalValue;
  }

  // manual - computed: true, optional: true, required: false
  private __manual?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualOutputReference;
  private get _manual(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualOutputReference {
    return (this.__manual ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManualOutputReference(this, "manual"));
  }
  public get manual() {
    return this._manual;
  }
  public putManual(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceManual) {
    if (value !== undefined || this.__manual !== undefined) this._manual.internalValue = value;
  }
  public resetManual() {
    if (this.__manual !== undefined) this.__manual.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get manualInput() {
    return this.__manual?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffix {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#source DataPanosEthernetLayer3Subinterface#source}
  */
  readonly source?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSource;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    source: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceToTerraform(struct!.source),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceToHclTerraform(struct!.source),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSource",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffix | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this.__source?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.source = this.__source?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffix | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enable = undefined;
      if (this.__source !== undefined) this.__source.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enable = value.enable;
      if (value.source !== undefined || this.__source !== undefined) this._source.internalValue = value.source;
    }
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // source - computed: true, optional: true, required: false
  private __source?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceOutputReference;
  private get _source(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceOutputReference {
    return (this.__source ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSourceOutputReference(this, "source"));
  }
  public get source() {
    return this._source;
  }
  public putSource(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixSource) {
    if (value !== undefined || this.__source !== undefined) this._source.internalValue = value;
  }
  public resetSource() {
    if (this.__source !== undefined) this.__source.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this.__source?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighbor {
  /**
  * MAC address (format xx:xx:xx:xx:xx:xx)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#hw_address DataPanosEthernetLayer3Subinterface#hw_address}
  */
  readonly hwAddress?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighbor | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hw_address: cdktf.stringToTerraform(struct!.hwAddress),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighbor | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hw_address: {
      value: cdktf.stringToHclTerraform(struct!.hwAddress),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighbor | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hwAddress !== undefined) {
      hasAnyValues = true;
      internalValueResult.hwAddress = this._hwAddress;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighbor | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._hwAddress = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._hwAddress = value.hwAddress;
      this._name = value.name;
    }
  }

  // hw_address - computed: true, optional: true, required: false
  private _hwAddress?: string; 
  public get hwAddress() {
    return this.getStringAttribute('hw_address');
  }
  public set hwAddress(value: string) {
    this._hwAddress = value;
  }
  public resetHwAddress() {
    this._hwAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hwAddressInput() {
    return this._hwAddress;
  }

  // name - computed: true, optional: false, required: true
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
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighbor[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisement {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * check consistency of RA messages from other routers.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable_consistency_check DataPanosEthernetLayer3Subinterface#enable_consistency_check}
  */
  readonly enableConsistencyCheck?: boolean | cdktf.IResolvable;
  /**
  * Current Hop Limit advertised in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#hop_limit DataPanosEthernetLayer3Subinterface#hop_limit}
  */
  readonly hopLimit?: string;
  /**
  * Router Lifetime (in seconds) advertised in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#lifetime DataPanosEthernetLayer3Subinterface#lifetime}
  */
  readonly lifetime?: number;
  /**
  * value of MTU option in Router Advertisement messages, upto 9216 in Jumbo-Frame mode, up to 1500 otherwise
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#link_mtu DataPanosEthernetLayer3Subinterface#link_mtu}
  */
  readonly linkMtu?: string;
  /**
  * Set the Managed Configuration Flag (M-bit) in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#managed_flag DataPanosEthernetLayer3Subinterface#managed_flag}
  */
  readonly managedFlag?: boolean | cdktf.IResolvable;
  /**
  * Maximum interval (seconds) between consecutive unsolicited Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#max_interval DataPanosEthernetLayer3Subinterface#max_interval}
  */
  readonly maxInterval?: number;
  /**
  * Minimum interval (seconds) between consecutive unsolicited Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#min_interval DataPanosEthernetLayer3Subinterface#min_interval}
  */
  readonly minInterval?: number;
  /**
  * Set the Other Stateful Configuration Flag (O-bit) in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#other_flag DataPanosEthernetLayer3Subinterface#other_flag}
  */
  readonly otherFlag?: boolean | cdktf.IResolvable;
  /**
  * Reachable Time (in milliseconds) advertised in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#reachable_time DataPanosEthernetLayer3Subinterface#reachable_time}
  */
  readonly reachableTime?: string;
  /**
  * Retransmission Timer (in milliseconds) advertised in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#retransmission_timer DataPanosEthernetLayer3Subinterface#retransmission_timer}
  */
  readonly retransmissionTimer?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#router_preference DataPanosEthernetLayer3Subinterface#router_preference}
  */
  readonly routerPreference?: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisementToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisement | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    enable_consistency_check: cdktf.booleanToTerraform(struct!.enableConsistencyCheck),
    hop_limit: cdktf.stringToTerraform(struct!.hopLimit),
    lifetime: cdktf.numberToTerraform(struct!.lifetime),
    link_mtu: cdktf.stringToTerraform(struct!.linkMtu),
    managed_flag: cdktf.booleanToTerraform(struct!.managedFlag),
    max_interval: cdktf.numberToTerraform(struct!.maxInterval),
    min_interval: cdktf.numberToTerraform(struct!.minInterval),
    other_flag: cdktf.booleanToTerraform(struct!.otherFlag),
    reachable_time: cdktf.stringToTerraform(struct!.reachableTime),
    retransmission_timer: cdktf.stringToTerraform(struct!.retransmissionTimer),
    router_preference: cdktf.stringToTerraform(struct!.routerPreference),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisementToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisement | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enable_consistency_check: {
      value: cdktf.booleanToHclTerraform(struct!.enableConsistencyCheck),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    hop_limit: {
      value: cdktf.stringToHclTerraform(struct!.hopLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    lifetime: {
      value: cdktf.numberToHclTerraform(struct!.lifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    link_mtu: {
      value: cdktf.stringToHclTerraform(struct!.linkMtu),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    managed_flag: {
      value: cdktf.booleanToHclTerraform(struct!.managedFlag),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    max_interval: {
      value: cdktf.numberToHclTerraform(struct!.maxInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    min_interval: {
      value: cdktf.numberToHclTerraform(struct!.minInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    other_flag: {
      value: cdktf.booleanToHclTerraform(struct!.otherFlag),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    reachable_time: {
      value: cdktf.stringToHclTerraform(struct!.reachableTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    retransmission_timer: {
      value: cdktf.stringToHclTerraform(struct!.retransmissionTimer),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    router_preference: {
      value: cdktf.stringToHclTerraform(struct!.routerPreference),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisement | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._enableConsistencyCheck !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableConsistencyCheck = this._enableConsistencyCheck;
    }
    if (this._hopLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.hopLimit = this._hopLimit;
    }
    if (this._lifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.lifetime = this._lifetime;
    }
    if (this._linkMtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.linkMtu = this._linkMtu;
    }
    if (this._managedFlag !== undefined) {
      hasAnyValues = true;
      internalValueResult.managedFlag = this._managedFlag;
    }
    if (this._maxInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxInterval = this._maxInterval;
    }
    if (this._minInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.minInterval = this._minInterval;
    }
    if (this._otherFlag !== undefined) {
      hasAnyValues = true;
      internalValueResult.otherFlag = this._otherFlag;
    }
    if (this._reachableTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.reachableTime = this._reachableTime;
    }
    if (this._retransmissionTimer !== undefined) {
      hasAnyValues = true;
      internalValueResult.retransmissionTimer = this._retransmissionTimer;
    }
    if (this._routerPreference !== undefined) {
      hasAnyValues = true;
      internalValueResult.routerPreference = this._routerPreference;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisement | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enable = undefined;
      this._enableConsistencyCheck = undefined;
      this._hopLimit = undefined;
      this._lifetime = undefined;
      this._linkMtu = undefined;
      this._managedFlag = undefined;
      this._maxInterval = undefined;
      this._minInterval = undefined;
      this._otherFlag = undefined;
      this._reachableTime = undefined;
      this._retransmissionTimer = undefined;
      this._routerPreference = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enable = value.enable;
      this._enableConsistencyCheck = value.enableConsistencyCheck;
      this._hopLimit = value.hopLimit;
      this._lifetime = value.lifetime;
      this._linkMtu = value.linkMtu;
      this._managedFlag = value.managedFlag;
      this._maxInterval = value.maxInterval;
      this._minInterval = value.minInterval;
      this._otherFlag = value.otherFlag;
      this._reachableTime = value.reachableTime;
      this._retransmissionTimer = value.retransmissionTimer;
      this._routerPreference = value.routerPreference;
    }
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // enable_consistency_check - computed: true, optional: true, required: false
  private _enableConsistencyCheck?: boolean | cdktf.IResolvable; 
  public get enableConsistencyCheck() {
    return this.getBooleanAttribute('enable_consistency_check');
  }
  public set enableConsistencyCheck(value: boolean | cdktf.IResolvable) {
    this._enableConsistencyCheck = value;
  }
  public resetEnableConsistencyCheck() {
    this._enableConsistencyCheck = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableConsistencyCheckInput() {
    return this._enableConsistencyCheck;
  }

  // hop_limit - computed: true, optional: true, required: false
  private _hopLimit?: string; 
  public get hopLimit() {
    return this.getStringAttribute('hop_limit');
  }
  public set hopLimit(value: string) {
    this._hopLimit = value;
  }
  public resetHopLimit() {
    this._hopLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hopLimitInput() {
    return this._hopLimit;
  }

  // lifetime - computed: true, optional: true, required: false
  private _lifetime?: number; 
  public get lifetime() {
    return this.getNumberAttribute('lifetime');
  }
  public set lifetime(value: number) {
    this._lifetime = value;
  }
  public resetLifetime() {
    this._lifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeInput() {
    return this._lifetime;
  }

  // link_mtu - computed: true, optional: true, required: false
  private _linkMtu?: string; 
  public get linkMtu() {
    return this.getStringAttribute('link_mtu');
  }
  public set linkMtu(value: string) {
    this._linkMtu = value;
  }
  public resetLinkMtu() {
    this._linkMtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get linkMtuInput() {
    return this._linkMtu;
  }

  // managed_flag - computed: true, optional: true, required: false
  private _managedFlag?: boolean | cdktf.IResolvable; 
  public get managedFlag() {
    return this.getBooleanAttribute('managed_flag');
  }
  public set managedFlag(value: boolean | cdktf.IResolvable) {
    this._managedFlag = value;
  }
  public resetManagedFlag() {
    this._managedFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managedFlagInput() {
    return this._managedFlag;
  }

  // max_interval - computed: true, optional: true, required: false
  private _maxInterval?: number; 
  public get maxInterval() {
    return this.getNumberAttribute('max_interval');
  }
  public set maxInterval(value: number) {
    this._maxInterval = value;
  }
  public resetMaxInterval() {
    this._maxInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxIntervalInput() {
    return this._maxInterval;
  }

  // min_interval - computed: true, optional: true, required: false
  private _minInterval?: number; 
  public get minInterval() {
    return this.getNumberAttribute('min_interval');
  }
  public set minInterval(value: number) {
    this._minInterval = value;
  }
  public resetMinInterval() {
    this._minInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minIntervalInput() {
    return this._minInterval;
  }

  // other_flag - computed: true, optional: true, required: false
  private _otherFlag?: boolean | cdktf.IResolvable; 
  public get otherFlag() {
    return this.getBooleanAttribute('other_flag');
  }
  public set otherFlag(value: boolean | cdktf.IResolvable) {
    this._otherFlag = value;
  }
  public resetOtherFlag() {
    this._otherFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get otherFlagInput() {
    return this._otherFlag;
  }

  // reachable_time - computed: true, optional: true, required: false
  private _reachableTime?: string; 
  public get reachableTime() {
    return this.getStringAttribute('reachable_time');
  }
  public set reachableTime(value: string) {
    this._reachableTime = value;
  }
  public resetReachableTime() {
    this._reachableTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reachableTimeInput() {
    return this._reachableTime;
  }

  // retransmission_timer - computed: true, optional: true, required: false
  private _retransmissionTimer?: string; 
  public get retransmissionTimer() {
    return this.getStringAttribute('retransmission_timer');
  }
  public set retransmissionTimer(value: string) {
    this._retransmissionTimer = value;
  }
  public resetRetransmissionTimer() {
    this._retransmissionTimer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retransmissionTimerInput() {
    return this._retransmissionTimer;
  }

  // router_preference - computed: true, optional: true, required: false
  private _routerPreference?: string; 
  public get routerPreference() {
    return this.getStringAttribute('router_preference');
  }
  public set routerPreference(value: string) {
    this._routerPreference = value;
  }
  public resetRouterPreference() {
    this._routerPreference = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routerPreferenceInput() {
    return this._routerPreference;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscovery {
  /**
  * Number of consecutive neighbor solicitation messages sent for duplicate address detection
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dad_attempts DataPanosEthernetLayer3Subinterface#dad_attempts}
  */
  readonly dadAttempts?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dns_server DataPanosEthernetLayer3Subinterface#dns_server}
  */
  readonly dnsServer?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServer;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dns_suffix DataPanosEthernetLayer3Subinterface#dns_suffix}
  */
  readonly dnsSuffix?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffix;
  /**
  * Enable Duplicate Address Detection (DAD)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable_dad DataPanosEthernetLayer3Subinterface#enable_dad}
  */
  readonly enableDad?: boolean | cdktf.IResolvable;
  /**
  * Enable NDP Monitoring
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable_ndp_monitor DataPanosEthernetLayer3Subinterface#enable_ndp_monitor}
  */
  readonly enableNdpMonitor?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#neighbor DataPanosEthernetLayer3Subinterface#neighbor}
  */
  readonly neighbor?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighbor[] | cdktf.IResolvable;
  /**
  * Interval (in seconds) between consecutive neighbor solicitation messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ns_interval DataPanosEthernetLayer3Subinterface#ns_interval}
  */
  readonly nsInterval?: number;
  /**
  * Time (in seconds) that the Reachable status for a neighbor can be maintained
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#reachable_time DataPanosEthernetLayer3Subinterface#reachable_time}
  */
  readonly reachableTime?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#router_advertisement DataPanosEthernetLayer3Subinterface#router_advertisement}
  */
  readonly routerAdvertisement?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisement;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscovery | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dad_attempts: cdktf.numberToTerraform(struct!.dadAttempts),
    dns_server: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerToTerraform(struct!.dnsServer),
    dns_suffix: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixToTerraform(struct!.dnsSuffix),
    enable_dad: cdktf.booleanToTerraform(struct!.enableDad),
    enable_ndp_monitor: cdktf.booleanToTerraform(struct!.enableNdpMonitor),
    neighbor: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborToTerraform, false)(struct!.neighbor),
    ns_interval: cdktf.numberToTerraform(struct!.nsInterval),
    reachable_time: cdktf.numberToTerraform(struct!.reachableTime),
    router_advertisement: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisementToTerraform(struct!.routerAdvertisement),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscovery | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dad_attempts: {
      value: cdktf.numberToHclTerraform(struct!.dadAttempts),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    dns_server: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerToHclTerraform(struct!.dnsServer),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServer",
    },
    dns_suffix: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixToHclTerraform(struct!.dnsSuffix),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffix",
    },
    enable_dad: {
      value: cdktf.booleanToHclTerraform(struct!.enableDad),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enable_ndp_monitor: {
      value: cdktf.booleanToHclTerraform(struct!.enableNdpMonitor),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    neighbor: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborToHclTerraform, false)(struct!.neighbor),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborList",
    },
    ns_interval: {
      value: cdktf.numberToHclTerraform(struct!.nsInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    reachable_time: {
      value: cdktf.numberToHclTerraform(struct!.reachableTime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    router_advertisement: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisementToHclTerraform(struct!.routerAdvertisement),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisement",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscovery | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dadAttempts !== undefined) {
      hasAnyValues = true;
      internalValueResult.dadAttempts = this._dadAttempts;
    }
    if (this.__dnsServer?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dnsServer = this.__dnsServer?.internalValue;
    }
    if (this.__dnsSuffix?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dnsSuffix = this.__dnsSuffix?.internalValue;
    }
    if (this._enableDad !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableDad = this._enableDad;
    }
    if (this._enableNdpMonitor !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableNdpMonitor = this._enableNdpMonitor;
    }
    if (this.__neighbor?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.neighbor = this.__neighbor?.internalValue;
    }
    if (this._nsInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.nsInterval = this._nsInterval;
    }
    if (this._reachableTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.reachableTime = this._reachableTime;
    }
    if (this.__routerAdvertisement?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.routerAdvertisement = this.__routerAdvertisement?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscovery | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dadAttempts = undefined;
      if (this.__dnsServer !== undefined) this.__dnsServer.internalValue = undefined;
      if (this.__dnsSuffix !== undefined) this.__dnsSuffix.internalValue = undefined;
      this._enableDad = undefined;
      this._enableNdpMonitor = undefined;
      if (this.__neighbor !== undefined) this.__neighbor.internalValue = undefined;
      this._nsInterval = undefined;
      this._reachableTime = undefined;
      if (this.__routerAdvertisement !== undefined) this.__routerAdvertisement.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dadAttempts = value.dadAttempts;
      if (value.dnsServer !== undefined || this.__dnsServer !== undefined) this._dnsServer.internalValue = value.dnsServer;
      if (value.dnsSuffix !== undefined || this.__dnsSuffix !== undefined) this._dnsSuffix.internalValue = value.dnsSuffix;
      this._enableDad = value.enableDad;
      this._enableNdpMonitor = value.enableNdpMonitor;
      if (value.neighbor !== undefined || this.__neighbor !== undefined) this._neighbor.internalValue = value.neighbor;
      this._nsInterval = value.nsInterval;
      this._reachableTime = value.reachableTime;
      if (value.routerAdvertisement !== undefined || this.__routerAdvertisement !== undefined) this._routerAdvertisement.internalValue = value.routerAdvertisement;
    }
  }

  // dad_attempts - computed: true, optional: true, required: false
  private _dadAttempts?: number; 
  public get dadAttempts() {
    return this.getNumberAttribute('dad_attempts');
  }
  public set dadAttempts(value: number) {
    this._dadAttempts = value;
  }
  public resetDadAttempts() {
    this._dadAttempts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dadAttemptsInput() {
    return this._dadAttempts;
  }

  // dns_server - computed: true, optional: true, required: false
  private __dnsServer?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerOutputReference;
  private get _dnsServer(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerOutputReference {
    return (this.__dnsServer ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServerOutputReference(this, "dns_server"));
  }
  public get dnsServer() {
    return this._dnsServer;
  }
  public putDnsServer(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsServer) {
    if (value !== undefined || this.__dnsServer !== undefined) this._dnsServer.internalValue = value;
  }
  public resetDnsServer() {
    if (this.__dnsServer !== undefined) this.__dnsServer.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsServerInput() {
    return this.__dnsServer?.internalValue;
  }

  // dns_suffix - computed: true, optional: true, required: false
  private __dnsSuffix?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixOutputReference;
  private get _dnsSuffix(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixOutputReference {
    return (this.__dnsSuffix ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffixOutputReference(this, "dns_suffix"));
  }
  public get dnsSuffix() {
    return this._dnsSuffix;
  }
  public putDnsSuffix(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryDnsSuffix) {
    if (value !== undefined || this.__dnsSuffix !== undefined) this._dnsSuffix.internalValue = value;
  }
  public resetDnsSuffix() {
    if (this.__dnsSuffix !== undefined) this.__dnsSuffix.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsSuffixInput() {
    return this.__dnsSuffix?.internalValue;
  }

  // enable_dad - computed: true, optional: true, required: false
  private _enableDad?: boolean | cdktf.IResolvable; 
  public get enableDad() {
    return this.getBooleanAttribute('enable_dad');
  }
  public set enableDad(value: boolean | cdktf.IResolvable) {
    this._enableDad = value;
  }
  public resetEnableDad() {
    this._enableDad = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableDadInput() {
    return this._enableDad;
  }

  // enable_ndp_monitor - computed: true, optional: true, required: false
  private _enableNdpMonitor?: boolean | cdktf.IResolvable; 
  public get enableNdpMonitor() {
    return this.getBooleanAttribute('enable_ndp_monitor');
  }
  public set enableNdpMonitor(value: boolean | cdktf.IResolvable) {
    this._enableNdpMonitor = value;
  }
  public resetEnableNdpMonitor() {
    this._enableNdpMonitor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableNdpMonitorInput() {
    return this._enableNdpMonitor;
  }

  // neighbor - computed: true, optional: true, required: false
  private __neighbor?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborList;
  private get _neighbor(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborList {
    return (this.__neighbor ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighborList(this, "neighbor", false));
  }
  public get neighbor() {
    return this._neighbor;
  }
  public putNeighbor(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryNeighbor[] | cdktf.IResolvable) {
    if (value !== undefined || this.__neighbor !== undefined) this._neighbor.internalValue = value;
  }
  public resetNeighbor() {
    if (this.__neighbor !== undefined) this.__neighbor.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get neighborInput() {
    return this.__neighbor?.internalValue;
  }

  // ns_interval - computed: true, optional: true, required: false
  private _nsInterval?: number; 
  public get nsInterval() {
    return this.getNumberAttribute('ns_interval');
  }
  public set nsInterval(value: number) {
    this._nsInterval = value;
  }
  public resetNsInterval() {
    this._nsInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nsIntervalInput() {
    return this._nsInterval;
  }

  // reachable_time - computed: true, optional: true, required: false
  private _reachableTime?: number; 
  public get reachableTime() {
    return this.getNumberAttribute('reachable_time');
  }
  public set reachableTime(value: number) {
    this._reachableTime = value;
  }
  public resetReachableTime() {
    this._reachableTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reachableTimeInput() {
    return this._reachableTime;
  }

  // router_advertisement - computed: true, optional: true, required: false
  private __routerAdvertisement?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisementOutputReference;
  private get _routerAdvertisement(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisementOutputReference {
    return (this.__routerAdvertisement ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisementOutputReference(this, "router_advertisement"));
  }
  public get routerAdvertisement() {
    return this._routerAdvertisement;
  }
  public putRouterAdvertisement(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryRouterAdvertisement) {
    if (value !== undefined || this.__routerAdvertisement !== undefined) this._routerAdvertisement.internalValue = value;
  }
  public resetRouterAdvertisement() {
    if (this.__routerAdvertisement !== undefined) this.__routerAdvertisement.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routerAdvertisementInput() {
    return this.__routerAdvertisement?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6Inherited {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#assign_addr DataPanosEthernetLayer3Subinterface#assign_addr}
  */
  readonly assignAddr?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddr[] | cdktf.IResolvable;
  /**
  * Enable Inherited Interface
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#neighbor_discovery DataPanosEthernetLayer3Subinterface#neighbor_discovery}
  */
  readonly neighborDiscovery?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscovery;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6Inherited | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    assign_addr: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrToTerraform, false)(struct!.assignAddr),
    enable: cdktf.booleanToTerraform(struct!.enable),
    neighbor_discovery: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryToTerraform(struct!.neighborDiscovery),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6InheritedToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6Inherited | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    assign_addr: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrToHclTerraform, false)(struct!.assignAddr),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrList",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    neighbor_discovery: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryToHclTerraform(struct!.neighborDiscovery),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscovery",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6InheritedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6Inherited | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__assignAddr?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.assignAddr = this.__assignAddr?.internalValue;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this.__neighborDiscovery?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.neighborDiscovery = this.__neighborDiscovery?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6Inherited | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__assignAddr !== undefined) this.__assignAddr.internalValue = undefined;
      this._enable = undefined;
      if (this.__neighborDiscovery !== undefined) this.__neighborDiscovery.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.assignAddr !== undefined || this.__assignAddr !== undefined) this._assignAddr.internalValue = value.assignAddr;
      this._enable = value.enable;
      if (value.neighborDiscovery !== undefined || this.__neighborDiscovery !== undefined) this._neighborDiscovery.internalValue = value.neighborDiscovery;
    }
  }

  // assign_addr - computed: true, optional: true, required: false
  private __assignAddr?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrList;
  private get _assignAddr(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrList {
    return (this.__assignAddr ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddrList(this, "assign_addr", false));
  }
  public get assignAddr() {
    return this._assignAddr;
  }
  public putAssignAddr(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedAssignAddr[] | cdktf.IResolvable) {
    if (value !== undefined || this.__assignAddr !== undefined) this._assignAddr.internalValue = value;
  }
  public resetAssignAddr() {
    if (this.__assignAddr !== undefined) this.__assignAddr.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assignAddrInput() {
    return this.__assignAddr?.internalValue;
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // neighbor_discovery - computed: true, optional: true, required: false
  private __neighborDiscovery?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryOutputReference;
  private get _neighborDiscovery(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryOutputReference {
    return (this.__neighborDiscovery ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscoveryOutputReference(this, "neighbor_discovery"));
  }
  public get neighborDiscovery() {
    return this._neighborDiscovery;
  }
  public putNeighborDiscovery(value: DataPanosEthernetLayer3SubinterfaceIpv6InheritedNeighborDiscovery) {
    if (value !== undefined || this.__neighborDiscovery !== undefined) this._neighborDiscovery.internalValue = value;
  }
  public resetNeighborDiscovery() {
    if (this.__neighborDiscovery !== undefined) this.__neighborDiscovery.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get neighborDiscoveryInput() {
    return this.__neighborDiscovery?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighbor {
  /**
  * MAC address (format xx:xx:xx:xx:xx:xx)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#hw_address DataPanosEthernetLayer3Subinterface#hw_address}
  */
  readonly hwAddress?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighbor | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hw_address: cdktf.stringToTerraform(struct!.hwAddress),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighbor | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hw_address: {
      value: cdktf.stringToHclTerraform(struct!.hwAddress),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighbor | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hwAddress !== undefined) {
      hasAnyValues = true;
      internalValueResult.hwAddress = this._hwAddress;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighbor | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._hwAddress = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._hwAddress = value.hwAddress;
      this._name = value.name;
    }
  }

  // hw_address - computed: true, optional: true, required: false
  private _hwAddress?: string; 
  public get hwAddress() {
    return this.getStringAttribute('hw_address');
  }
  public set hwAddress(value: string) {
    this._hwAddress = value;
  }
  public resetHwAddress() {
    this._hwAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hwAddressInput() {
    return this._hwAddress;
  }

  // name - computed: true, optional: false, required: true
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
}

export class DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighbor[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServer {
  /**
  * (4-3600) lifetime in seconds
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#lifetime DataPanosEthernetLayer3Subinterface#lifetime}
  */
  readonly lifetime?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    lifetime: cdktf.numberToTerraform(struct!.lifetime),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    lifetime: {
      value: cdktf.numberToHclTerraform(struct!.lifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._lifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.lifetime = this._lifetime;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._lifetime = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._lifetime = value.lifetime;
      this._name = value.name;
    }
  }

  // lifetime - computed: true, optional: true, required: false
  private _lifetime?: number; 
  public get lifetime() {
    return this.getNumberAttribute('lifetime');
  }
  public set lifetime(value: number) {
    this._lifetime = value;
  }
  public resetLifetime() {
    this._lifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeInput() {
    return this._lifetime;
  }

  // name - computed: true, optional: false, required: true
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
}

export class DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServer[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffix {
  /**
  * (4-3600) lifetime in seconds
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#lifetime DataPanosEthernetLayer3Subinterface#lifetime}
  */
  readonly lifetime?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    lifetime: cdktf.numberToTerraform(struct!.lifetime),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffix | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    lifetime: {
      value: cdktf.numberToHclTerraform(struct!.lifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffix | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._lifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.lifetime = this._lifetime;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffix | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._lifetime = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._lifetime = value.lifetime;
      this._name = value.name;
    }
  }

  // lifetime - computed: true, optional: true, required: false
  private _lifetime?: number; 
  public get lifetime() {
    return this.getNumberAttribute('lifetime');
  }
  public set lifetime(value: number) {
    this._lifetime = value;
  }
  public resetLifetime() {
    this._lifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeInput() {
    return this._lifetime;
  }

  // name - computed: true, optional: false, required: true
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
}

export class DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffix[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupport {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#server DataPanosEthernetLayer3Subinterface#server}
  */
  readonly server?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServer[] | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#suffix DataPanosEthernetLayer3Subinterface#suffix}
  */
  readonly suffix?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffix[] | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupport | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    server: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerToTerraform, false)(struct!.server),
    suffix: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixToTerraform, false)(struct!.suffix),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupport | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    server: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerToHclTerraform, false)(struct!.server),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerList",
    },
    suffix: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixToHclTerraform, false)(struct!.suffix),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupport | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this.__server?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.server = this.__server?.internalValue;
    }
    if (this.__suffix?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.suffix = this.__suffix?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupport | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enable = undefined;
      if (this.__server !== undefined) this.__server.internalValue = undefined;
      if (this.__suffix !== undefined) this.__suffix.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enable = value.enable;
      if (value.server !== undefined || this.__server !== undefined) this._server.internalValue = value.server;
      if (value.suffix !== undefined || this.__suffix !== undefined) this._suffix.internalValue = value.suffix;
    }
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // server - computed: true, optional: true, required: false
  private __server?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerList;
  private get _server(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerList {
    return (this.__server ??= new DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServerList(this, "server", false));
  }
  public get server() {
    return this._server;
  }
  public putServer(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportServer[] | cdktf.IResolvable) {
    if (value !== undefined || this.__server !== undefined) this._server.internalValue = value;
  }
  public resetServer() {
    if (this.__server !== undefined) this.__server.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInput() {
    return this.__server?.internalValue;
  }

  // suffix - computed: true, optional: true, required: false
  private __suffix?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixList;
  private get _suffix(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixList {
    return (this.__suffix ??= new DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffixList(this, "suffix", false));
  }
  public get suffix() {
    return this._suffix;
  }
  public putSuffix(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportSuffix[] | cdktf.IResolvable) {
    if (value !== undefined || this.__suffix !== undefined) this._suffix.internalValue = value;
  }
  public resetSuffix() {
    if (this.__suffix !== undefined) this.__suffix.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get suffixInput() {
    return this.__suffix?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisement {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dns_support DataPanosEthernetLayer3Subinterface#dns_support}
  */
  readonly dnsSupport?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupport;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * check consistency of RA messages from other routers.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable_consistency_check DataPanosEthernetLayer3Subinterface#enable_consistency_check}
  */
  readonly enableConsistencyCheck?: boolean | cdktf.IResolvable;
  /**
  * Current Hop Limit advertised in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#hop_limit DataPanosEthernetLayer3Subinterface#hop_limit}
  */
  readonly hopLimit?: string;
  /**
  * Router Lifetime (in seconds) advertised in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#lifetime DataPanosEthernetLayer3Subinterface#lifetime}
  */
  readonly lifetime?: number;
  /**
  * value of MTU option in Router Advertisement messages, upto 9216 in Jumbo-Frame mode, up to 1500 otherwise
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#link_mtu DataPanosEthernetLayer3Subinterface#link_mtu}
  */
  readonly linkMtu?: string;
  /**
  * Set the Managed Configuration Flag (M-bit) in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#managed_flag DataPanosEthernetLayer3Subinterface#managed_flag}
  */
  readonly managedFlag?: boolean | cdktf.IResolvable;
  /**
  * Maximum interval (seconds) between consecutive unsolicited Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#max_interval DataPanosEthernetLayer3Subinterface#max_interval}
  */
  readonly maxInterval?: number;
  /**
  * Minimum interval (seconds) between consecutive unsolicited Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#min_interval DataPanosEthernetLayer3Subinterface#min_interval}
  */
  readonly minInterval?: number;
  /**
  * Set the Other Stateful Configuration Flag (O-bit) in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#other_flag DataPanosEthernetLayer3Subinterface#other_flag}
  */
  readonly otherFlag?: boolean | cdktf.IResolvable;
  /**
  * Reachable Time (in milliseconds) advertised in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#reachable_time DataPanosEthernetLayer3Subinterface#reachable_time}
  */
  readonly reachableTime?: string;
  /**
  * Retransmission Timer (in milliseconds) advertised in Router Advertisement messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#retransmission_timer DataPanosEthernetLayer3Subinterface#retransmission_timer}
  */
  readonly retransmissionTimer?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#router_preference DataPanosEthernetLayer3Subinterface#router_preference}
  */
  readonly routerPreference?: string;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisement | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dns_support: dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportToTerraform(struct!.dnsSupport),
    enable: cdktf.booleanToTerraform(struct!.enable),
    enable_consistency_check: cdktf.booleanToTerraform(struct!.enableConsistencyCheck),
    hop_limit: cdktf.stringToTerraform(struct!.hopLimit),
    lifetime: cdktf.numberToTerraform(struct!.lifetime),
    link_mtu: cdktf.stringToTerraform(struct!.linkMtu),
    managed_flag: cdktf.booleanToTerraform(struct!.managedFlag),
    max_interval: cdktf.numberToTerraform(struct!.maxInterval),
    min_interval: cdktf.numberToTerraform(struct!.minInterval),
    other_flag: cdktf.booleanToTerraform(struct!.otherFlag),
    reachable_time: cdktf.stringToTerraform(struct!.reachableTime),
    retransmission_timer: cdktf.stringToTerraform(struct!.retransmissionTimer),
    router_preference: cdktf.stringToTerraform(struct!.routerPreference),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisement | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dns_support: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportToHclTerraform(struct!.dnsSupport),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupport",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enable_consistency_check: {
      value: cdktf.booleanToHclTerraform(struct!.enableConsistencyCheck),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    hop_limit: {
      value: cdktf.stringToHclTerraform(struct!.hopLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    lifetime: {
      value: cdktf.numberToHclTerraform(struct!.lifetime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    link_mtu: {
      value: cdktf.stringToHclTerraform(struct!.linkMtu),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    managed_flag: {
      value: cdktf.booleanToHclTerraform(struct!.managedFlag),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    max_interval: {
      value: cdktf.numberToHclTerraform(struct!.maxInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    min_interval: {
      value: cdktf.numberToHclTerraform(struct!.minInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    other_flag: {
      value: cdktf.booleanToHclTerraform(struct!.otherFlag),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    reachable_time: {
      value: cdktf.stringToHclTerraform(struct!.reachableTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    retransmission_timer: {
      value: cdktf.stringToHclTerraform(struct!.retransmissionTimer),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    router_preference: {
      value: cdktf.stringToHclTerraform(struct!.routerPreference),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisement | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__dnsSupport?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dnsSupport = this.__dnsSupport?.internalValue;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._enableConsistencyCheck !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableConsistencyCheck = this._enableConsistencyCheck;
    }
    if (this._hopLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.hopLimit = this._hopLimit;
    }
    if (this._lifetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.lifetime = this._lifetime;
    }
    if (this._linkMtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.linkMtu = this._linkMtu;
    }
    if (this._managedFlag !== undefined) {
      hasAnyValues = true;
      internalValueResult.managedFlag = this._managedFlag;
    }
    if (this._maxInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxInterval = this._maxInterval;
    }
    if (this._minInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.minInterval = this._minInterval;
    }
    if (this._otherFlag !== undefined) {
      hasAnyValues = true;
      internalValueResult.otherFlag = this._otherFlag;
    }
    if (this._reachableTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.reachableTime = this._reachableTime;
    }
    if (this._retransmissionTimer !== undefined) {
      hasAnyValues = true;
      internalValueResult.retransmissionTimer = this._retransmissionTimer;
    }
    if (this._routerPreference !== undefined) {
      hasAnyValues = true;
      internalValueResult.routerPreference = this._routerPreference;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisement | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__dnsSupport !== undefined) this.__dnsSupport.internalValue = undefined;
      this._enable = undefined;
      this._enableConsistencyCheck = undefined;
      this._hopLimit = undefined;
      this._lifetime = undefined;
      this._linkMtu = undefined;
      this._managedFlag = undefined;
      this._maxInterval = undefined;
      this._minInterval = undefined;
      this._otherFlag = undefined;
      this._reachableTime = undefined;
      this._retransmissionTimer = undefined;
      this._routerPreference = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.dnsSupport !== undefined || this.__dnsSupport !== undefined) this._dnsSupport.internalValue = value.dnsSupport;
      this._enable = value.enable;
      this._enableConsistencyCheck = value.enableConsistencyCheck;
      this._hopLimit = value.hopLimit;
      this._lifetime = value.lifetime;
      this._linkMtu = value.linkMtu;
      this._managedFlag = value.managedFlag;
      this._maxInterval = value.maxInterval;
      this._minInterval = value.minInterval;
      this._otherFlag = value.otherFlag;
      this._reachableTime = value.reachableTime;
      this._retransmissionTimer = value.retransmissionTimer;
      this._routerPreference = value.routerPreference;
    }
  }

  // dns_support - computed: true, optional: true, required: false
  private __dnsSupport?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportOutputReference;
  private get _dnsSupport(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportOutputReference {
    return (this.__dnsSupport ??= new DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupportOutputReference(this, "dns_support"));
  }
  public get dnsSupport() {
    return this._dnsSupport;
  }
  public putDnsSupport(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementDnsSupport) {
    if (value !== undefined || this.__dnsSupport !== undefined) this._dnsSupport.internalValue = value;
  }
  public resetDnsSupport() {
    if (this.__dnsSupport !== undefined) this.__dnsSupport.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsSupportInput() {
    return this.__dnsSupport?.internalValue;
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // enable_consistency_check - computed: true, optional: true, required: false
  private _enableConsistencyCheck?: boolean | cdktf.IResolvable; 
  public get enableConsistencyCheck() {
    return this.getBooleanAttribute('enable_consistency_check');
  }
  public set enableConsistencyCheck(value: boolean | cdktf.IResolvable) {
    this._enableConsistencyCheck = value;
  }
  public resetEnableConsistencyCheck() {
    this._enableConsistencyCheck = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableConsistencyCheckInput() {
    return this._enableConsistencyCheck;
  }

  // hop_limit - computed: true, optional: true, required: false
  private _hopLimit?: string; 
  public get hopLimit() {
    return this.getStringAttribute('hop_limit');
  }
  public set hopLimit(value: string) {
    this._hopLimit = value;
  }
  public resetHopLimit() {
    this._hopLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hopLimitInput() {
    return this._hopLimit;
  }

  // lifetime - computed: true, optional: true, required: false
  private _lifetime?: number; 
  public get lifetime() {
    return this.getNumberAttribute('lifetime');
  }
  public set lifetime(value: number) {
    this._lifetime = value;
  }
  public resetLifetime() {
    this._lifetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lifetimeInput() {
    return this._lifetime;
  }

  // link_mtu - computed: true, optional: true, required: false
  private _linkMtu?: string; 
  public get linkMtu() {
    return this.getStringAttribute('link_mtu');
  }
  public set linkMtu(value: string) {
    this._linkMtu = value;
  }
  public resetLinkMtu() {
    this._linkMtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get linkMtuInput() {
    return this._linkMtu;
  }

  // managed_flag - computed: true, optional: true, required: false
  private _managedFlag?: boolean | cdktf.IResolvable; 
  public get managedFlag() {
    return this.getBooleanAttribute('managed_flag');
  }
  public set managedFlag(value: boolean | cdktf.IResolvable) {
    this._managedFlag = value;
  }
  public resetManagedFlag() {
    this._managedFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managedFlagInput() {
    return this._managedFlag;
  }

  // max_interval - computed: true, optional: true, required: false
  private _maxInterval?: number; 
  public get maxInterval() {
    return this.getNumberAttribute('max_interval');
  }
  public set maxInterval(value: number) {
    this._maxInterval = value;
  }
  public resetMaxInterval() {
    this._maxInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxIntervalInput() {
    return this._maxInterval;
  }

  // min_interval - computed: true, optional: true, required: false
  private _minInterval?: number; 
  public get minInterval() {
    return this.getNumberAttribute('min_interval');
  }
  public set minInterval(value: number) {
    this._minInterval = value;
  }
  public resetMinInterval() {
    this._minInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minIntervalInput() {
    return this._minInterval;
  }

  // other_flag - computed: true, optional: true, required: false
  private _otherFlag?: boolean | cdktf.IResolvable; 
  public get otherFlag() {
    return this.getBooleanAttribute('other_flag');
  }
  public set otherFlag(value: boolean | cdktf.IResolvable) {
    this._otherFlag = value;
  }
  public resetOtherFlag() {
    this._otherFlag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get otherFlagInput() {
    return this._otherFlag;
  }

  // reachable_time - computed: true, optional: true, required: false
  private _reachableTime?: string; 
  public get reachableTime() {
    return this.getStringAttribute('reachable_time');
  }
  public set reachableTime(value: string) {
    this._reachableTime = value;
  }
  public resetReachableTime() {
    this._reachableTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reachableTimeInput() {
    return this._reachableTime;
  }

  // retransmission_timer - computed: true, optional: true, required: false
  private _retransmissionTimer?: string; 
  public get retransmissionTimer() {
    return this.getStringAttribute('retransmission_timer');
  }
  public set retransmissionTimer(value: string) {
    this._retransmissionTimer = value;
  }
  public resetRetransmissionTimer() {
    this._retransmissionTimer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retransmissionTimerInput() {
    return this._retransmissionTimer;
  }

  // router_preference - computed: true, optional: true, required: false
  private _routerPreference?: string; 
  public get routerPreference() {
    return this.getStringAttribute('router_preference');
  }
  public set routerPreference(value: string) {
    this._routerPreference = value;
  }
  public resetRouterPreference() {
    this._routerPreference = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routerPreferenceInput() {
    return this._routerPreference;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscovery {
  /**
  * number of consecutive neighbor solicitation messages sent for duplicate address detection
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dad_attempts DataPanosEthernetLayer3Subinterface#dad_attempts}
  */
  readonly dadAttempts?: number;
  /**
  * enable duplicate address detection
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable_dad DataPanosEthernetLayer3Subinterface#enable_dad}
  */
  readonly enableDad?: boolean | cdktf.IResolvable;
  /**
  * enable ndp monitoring
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable_ndp_monitor DataPanosEthernetLayer3Subinterface#enable_ndp_monitor}
  */
  readonly enableNdpMonitor?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#neighbor DataPanosEthernetLayer3Subinterface#neighbor}
  */
  readonly neighbor?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighbor[] | cdktf.IResolvable;
  /**
  * interval (in seconds) between consecutive neighbor solicitation messages
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ns_interval DataPanosEthernetLayer3Subinterface#ns_interval}
  */
  readonly nsInterval?: number;
  /**
  * time (in seconds) that the Reachable status for a neighbor can be maintained
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#reachable_time DataPanosEthernetLayer3Subinterface#reachable_time}
  */
  readonly reachableTime?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#router_advertisement DataPanosEthernetLayer3Subinterface#router_advertisement}
  */
  readonly routerAdvertisement?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisement;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscovery | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dad_attempts: cdktf.numberToTerraform(struct!.dadAttempts),
    enable_dad: cdktf.booleanToTerraform(struct!.enableDad),
    enable_ndp_monitor: cdktf.booleanToTerraform(struct!.enableNdpMonitor),
    neighbor: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborToTerraform, false)(struct!.neighbor),
    ns_interval: cdktf.numberToTerraform(struct!.nsInterval),
    reachable_time: cdktf.numberToTerraform(struct!.reachableTime),
    router_advertisement: dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementToTerraform(struct!.routerAdvertisement),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscovery | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dad_attempts: {
      value: cdktf.numberToHclTerraform(struct!.dadAttempts),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    enable_dad: {
      value: cdktf.booleanToHclTerraform(struct!.enableDad),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enable_ndp_monitor: {
      value: cdktf.booleanToHclTerraform(struct!.enableNdpMonitor),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    neighbor: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborToHclTerraform, false)(struct!.neighbor),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborList",
    },
    ns_interval: {
      value: cdktf.numberToHclTerraform(struct!.nsInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    reachable_time: {
      value: cdktf.numberToHclTerraform(struct!.reachableTime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    router_advertisement: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementToHclTerraform(struct!.routerAdvertisement),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisement",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscovery | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dadAttempts !== undefined) {
      hasAnyValues = true;
      internalValueResult.dadAttempts = this._dadAttempts;
    }
    if (this._enableDad !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableDad = this._enableDad;
    }
    if (this._enableNdpMonitor !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableNdpMonitor = this._enableNdpMonitor;
    }
    if (this.__neighbor?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.neighbor = this.__neighbor?.internalValue;
    }
    if (this._nsInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.nsInterval = this._nsInterval;
    }
    if (this._reachableTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.reachableTime = this._reachableTime;
    }
    if (this.__routerAdvertisement?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.routerAdvertisement = this.__routerAdvertisement?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscovery | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dadAttempts = undefined;
      this._enableDad = undefined;
      this._enableNdpMonitor = undefined;
      if (this.__neighbor !== undefined) this.__neighbor.internalValue = undefined;
      this._nsInterval = undefined;
      this._reachableTime = undefined;
      if (this.__routerAdvertisement !== undefined) this.__routerAdvertisement.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dadAttempts = value.dadAttempts;
      this._enableDad = value.enableDad;
      this._enableNdpMonitor = value.enableNdpMonitor;
      if (value.neighbor !== undefined || this.__neighbor !== undefined) this._neighbor.internalValue = value.neighbor;
      this._nsInterval = value.nsInterval;
      this._reachableTime = value.reachableTime;
      if (value.routerAdvertisement !== undefined || this.__routerAdvertisement !== undefined) this._routerAdvertisement.internalValue = value.routerAdvertisement;
    }
  }

  // dad_attempts - computed: true, optional: true, required: false
  private _dadAttempts?: number; 
  public get dadAttempts() {
    return this.getNumberAttribute('dad_attempts');
  }
  public set dadAttempts(value: number) {
    this._dadAttempts = value;
  }
  public resetDadAttempts() {
    this._dadAttempts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dadAttemptsInput() {
    return this._dadAttempts;
  }

  // enable_dad - computed: true, optional: true, required: false
  private _enableDad?: boolean | cdktf.IResolvable; 
  public get enableDad() {
    return this.getBooleanAttribute('enable_dad');
  }
  public set enableDad(value: boolean | cdktf.IResolvable) {
    this._enableDad = value;
  }
  public resetEnableDad() {
    this._enableDad = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableDadInput() {
    return this._enableDad;
  }

  // enable_ndp_monitor - computed: true, optional: true, required: false
  private _enableNdpMonitor?: boolean | cdktf.IResolvable; 
  public get enableNdpMonitor() {
    return this.getBooleanAttribute('enable_ndp_monitor');
  }
  public set enableNdpMonitor(value: boolean | cdktf.IResolvable) {
    this._enableNdpMonitor = value;
  }
  public resetEnableNdpMonitor() {
    this._enableNdpMonitor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableNdpMonitorInput() {
    return this._enableNdpMonitor;
  }

  // neighbor - computed: true, optional: true, required: false
  private __neighbor?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborList;
  private get _neighbor(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborList {
    return (this.__neighbor ??= new DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighborList(this, "neighbor", false));
  }
  public get neighbor() {
    return this._neighbor;
  }
  public putNeighbor(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryNeighbor[] | cdktf.IResolvable) {
    if (value !== undefined || this.__neighbor !== undefined) this._neighbor.internalValue = value;
  }
  public resetNeighbor() {
    if (this.__neighbor !== undefined) this.__neighbor.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get neighborInput() {
    return this.__neighbor?.internalValue;
  }

  // ns_interval - computed: true, optional: true, required: false
  private _nsInterval?: number; 
  public get nsInterval() {
    return this.getNumberAttribute('ns_interval');
  }
  public set nsInterval(value: number) {
    this._nsInterval = value;
  }
  public resetNsInterval() {
    this._nsInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nsIntervalInput() {
    return this._nsInterval;
  }

  // reachable_time - computed: true, optional: true, required: false
  private _reachableTime?: number; 
  public get reachableTime() {
    return this.getNumberAttribute('reachable_time');
  }
  public set reachableTime(value: number) {
    this._reachableTime = value;
  }
  public resetReachableTime() {
    this._reachableTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reachableTimeInput() {
    return this._reachableTime;
  }

  // router_advertisement - computed: true, optional: true, required: false
  private __routerAdvertisement?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementOutputReference;
  private get _routerAdvertisement(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementOutputReference {
    return (this.__routerAdvertisement ??= new DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisementOutputReference(this, "router_advertisement"));
  }
  public get routerAdvertisement() {
    return this._routerAdvertisement;
  }
  public putRouterAdvertisement(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryRouterAdvertisement) {
    if (value !== undefined || this.__routerAdvertisement !== undefined) this._routerAdvertisement.internalValue = value;
  }
  public resetRouterAdvertisement() {
    if (this.__routerAdvertisement !== undefined) this.__routerAdvertisement.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routerAdvertisementInput() {
    return this.__routerAdvertisement?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceIpv6 {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#address DataPanosEthernetLayer3Subinterface#address}
  */
  readonly address?: DataPanosEthernetLayer3SubinterfaceIpv6Address[] | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#dhcp_client DataPanosEthernetLayer3Subinterface#dhcp_client}
  */
  readonly dhcpClient?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClient;
  /**
  * Enable IPv6 on the interface
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enabled DataPanosEthernetLayer3Subinterface#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#inherited DataPanosEthernetLayer3Subinterface#inherited}
  */
  readonly inherited?: DataPanosEthernetLayer3SubinterfaceIpv6Inherited;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#interface_id DataPanosEthernetLayer3Subinterface#interface_id}
  */
  readonly interfaceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#neighbor_discovery DataPanosEthernetLayer3Subinterface#neighbor_discovery}
  */
  readonly neighborDiscovery?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscovery;
}

export function dataPanosEthernetLayer3SubinterfaceIpv6ToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpv6AddressToTerraform, false)(struct!.address),
    dhcp_client: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientToTerraform(struct!.dhcpClient),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    inherited: dataPanosEthernetLayer3SubinterfaceIpv6InheritedToTerraform(struct!.inherited),
    interface_id: cdktf.stringToTerraform(struct!.interfaceId),
    neighbor_discovery: dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryToTerraform(struct!.neighborDiscovery),
  }
}


export function dataPanosEthernetLayer3SubinterfaceIpv6ToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceIpv6 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpv6AddressToHclTerraform, false)(struct!.address),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6AddressList",
    },
    dhcp_client: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6DhcpClientToHclTerraform(struct!.dhcpClient),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6DhcpClient",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    inherited: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6InheritedToHclTerraform(struct!.inherited),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6Inherited",
    },
    interface_id: {
      value: cdktf.stringToHclTerraform(struct!.interfaceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    neighbor_discovery: {
      value: dataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryToHclTerraform(struct!.neighborDiscovery),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscovery",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceIpv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceIpv6 | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__address?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this.__address?.internalValue;
    }
    if (this.__dhcpClient?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcpClient = this.__dhcpClient?.internalValue;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this.__inherited?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.inherited = this.__inherited?.internalValue;
    }
    if (this._interfaceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.interfaceId = this._interfaceId;
    }
    if (this.__neighborDiscovery?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.neighborDiscovery = this.__neighborDiscovery?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceIpv6 | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__address !== undefined) this.__address.internalValue = undefined;
      if (this.__dhcpClient !== undefined) this.__dhcpClient.internalValue = undefined;
      this._enabled = undefined;
      if (this.__inherited !== undefined) this.__inherited.internalValue = undefined;
      this._interfaceId = undefined;
      if (this.__neighborDiscovery !== undefined) this.__neighborDiscovery.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.address !== undefined || this.__address !== undefined) this._address.internalValue = value.address;
      if (value.dhcpClient !== undefined || this.__dhcpClient !== undefined) this._dhcpClient.internalValue = value.dhcpClient;
      this._enabled = value.enabled;
      if (value.inherited !== undefined || this.__inherited !== undefined) this._inherited.internalValue = value.inherited;
      this._interfaceId = value.interfaceId;
      if (value.neighborDiscovery !== undefined || this.__neighborDiscovery !== undefined) this._neighborDiscovery.internalValue = value.neighborDiscovery;
    }
  }

  // address - computed: true, optional: true, required: false
  private __address?: DataPanosEthernetLayer3SubinterfaceIpv6AddressList;
  private get _address(): DataPanosEthernetLayer3SubinterfaceIpv6AddressList {
    return (this.__address ??= new DataPanosEthernetLayer3SubinterfaceIpv6AddressList(this, "address", false));
  }
  public get address() {
    return this._address;
  }
  public putAddress(value: DataPanosEthernetLayer3SubinterfaceIpv6Address[] | cdktf.IResolvable) {
    if (value !== undefined || this.__address !== undefined) this._address.internalValue = value;
  }
  public resetAddress() {
    if (this.__address !== undefined) this.__address.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this.__address?.internalValue;
  }

  // dhcp_client - computed: true, optional: true, required: false
  private __dhcpClient?: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientOutputReference;
  private get _dhcpClient(): DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientOutputReference {
    return (this.__dhcpClient ??= new DataPanosEthernetLayer3SubinterfaceIpv6DhcpClientOutputReference(this, "dhcp_client"));
  }
  public get dhcpClient() {
    return this._dhcpClient;
  }
  public putDhcpClient(value: DataPanosEthernetLayer3SubinterfaceIpv6DhcpClient) {
    if (value !== undefined || this.__dhcpClient !== undefined) this._dhcpClient.internalValue = value;
  }
  public resetDhcpClient() {
    if (this.__dhcpClient !== undefined) this.__dhcpClient.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpClientInput() {
    return this.__dhcpClient?.internalValue;
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // inherited - computed: true, optional: true, required: false
  private __inherited?: DataPanosEthernetLayer3SubinterfaceIpv6InheritedOutputReference;
  private get _inherited(): DataPanosEthernetLayer3SubinterfaceIpv6InheritedOutputReference {
    return (this.__inherited ??= new DataPanosEthernetLayer3SubinterfaceIpv6InheritedOutputReference(this, "inherited"));
  }
  public get inherited() {
    return this._inherited;
  }
  public putInherited(value: DataPanosEthernetLayer3SubinterfaceIpv6Inherited) {
    if (value !== undefined || this.__inherited !== undefined) this._inherited.internalValue = value;
  }
  public resetInherited() {
    if (this.__inherited !== undefined) this.__inherited.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get inheritedInput() {
    return this.__inherited?.internalValue;
  }

  // interface_id - computed: true, optional: true, required: false
  private _interfaceId?: string; 
  public get interfaceId() {
    return this.getStringAttribute('interface_id');
  }
  public set interfaceId(value: string) {
    this._interfaceId = value;
  }
  public resetInterfaceId() {
    this._interfaceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get interfaceIdInput() {
    return this._interfaceId;
  }

  // neighbor_discovery - computed: true, optional: true, required: false
  private __neighborDiscovery?: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryOutputReference;
  private get _neighborDiscovery(): DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryOutputReference {
    return (this.__neighborDiscovery ??= new DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscoveryOutputReference(this, "neighbor_discovery"));
  }
  public get neighborDiscovery() {
    return this._neighborDiscovery;
  }
  public putNeighborDiscovery(value: DataPanosEthernetLayer3SubinterfaceIpv6NeighborDiscovery) {
    if (value !== undefined || this.__neighborDiscovery !== undefined) this._neighborDiscovery.internalValue = value;
  }
  public resetNeighborDiscovery() {
    if (this.__neighborDiscovery !== undefined) this.__neighborDiscovery.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get neighborDiscoveryInput() {
    return this.__neighborDiscovery?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceLocationNgfw {
  /**
  * The NGFW device
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ngfw_device DataPanosEthernetLayer3Subinterface#ngfw_device}
  */
  readonly ngfwDevice?: string;
}

export function dataPanosEthernetLayer3SubinterfaceLocationNgfwToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceLocationNgfw | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ngfw_device: cdktf.stringToTerraform(struct!.ngfwDevice),
  }
}


export function dataPanosEthernetLayer3SubinterfaceLocationNgfwToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceLocationNgfw | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ngfw_device: {
      value: cdktf.stringToHclTerraform(struct!.ngfwDevice),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceLocationNgfwOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceLocationNgfw | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ngfwDevice !== undefined) {
      hasAnyValues = true;
      internalValueResult.ngfwDevice = this._ngfwDevice;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceLocationNgfw | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._ngfwDevice = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._ngfwDevice = value.ngfwDevice;
    }
  }

  // ngfw_device - computed: true, optional: true, required: false
  private _ngfwDevice?: string; 
  public get ngfwDevice() {
    return this.getStringAttribute('ngfw_device');
  }
  public set ngfwDevice(value: string) {
    this._ngfwDevice = value;
  }
  public resetNgfwDevice() {
    this._ngfwDevice = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ngfwDeviceInput() {
    return this._ngfwDevice;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceLocationShared {
}

export function dataPanosEthernetLayer3SubinterfaceLocationSharedToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceLocationShared | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataPanosEthernetLayer3SubinterfaceLocationSharedToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceLocationShared | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataPanosEthernetLayer3SubinterfaceLocationSharedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceLocationShared | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceLocationShared | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface DataPanosEthernetLayer3SubinterfaceLocationTemplate {
  /**
  * Specific Panorama template
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name?: string;
  /**
  * The NGFW device
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ngfw_device DataPanosEthernetLayer3Subinterface#ngfw_device}
  */
  readonly ngfwDevice?: string;
  /**
  * Specific Panorama device
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#panorama_device DataPanosEthernetLayer3Subinterface#panorama_device}
  */
  readonly panoramaDevice?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#vsys DataPanosEthernetLayer3Subinterface#vsys}
  */
  readonly vsys?: string;
}

export function dataPanosEthernetLayer3SubinterfaceLocationTemplateToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceLocationTemplate | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    ngfw_device: cdktf.stringToTerraform(struct!.ngfwDevice),
    panorama_device: cdktf.stringToTerraform(struct!.panoramaDevice),
    vsys: cdktf.stringToTerraform(struct!.vsys),
  }
}


export function dataPanosEthernetLayer3SubinterfaceLocationTemplateToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceLocationTemplate | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ngfw_device: {
      value: cdktf.stringToHclTerraform(struct!.ngfwDevice),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    panorama_device: {
      value: cdktf.stringToHclTerraform(struct!.panoramaDevice),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vsys: {
      value: cdktf.stringToHclTerraform(struct!.vsys),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceLocationTemplateOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceLocationTemplate | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._ngfwDevice !== undefined) {
      hasAnyValues = true;
      internalValueResult.ngfwDevice = this._ngfwDevice;
    }
    if (this._panoramaDevice !== undefined) {
      hasAnyValues = true;
      internalValueResult.panoramaDevice = this._panoramaDevice;
    }
    if (this._vsys !== undefined) {
      hasAnyValues = true;
      internalValueResult.vsys = this._vsys;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceLocationTemplate | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._ngfwDevice = undefined;
      this._panoramaDevice = undefined;
      this._vsys = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._ngfwDevice = value.ngfwDevice;
      this._panoramaDevice = value.panoramaDevice;
      this._vsys = value.vsys;
    }
  }

  // name - computed: true, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // ngfw_device - computed: true, optional: true, required: false
  private _ngfwDevice?: string; 
  public get ngfwDevice() {
    return this.getStringAttribute('ngfw_device');
  }
  public set ngfwDevice(value: string) {
    this._ngfwDevice = value;
  }
  public resetNgfwDevice() {
    this._ngfwDevice = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ngfwDeviceInput() {
    return this._ngfwDevice;
  }

  // panorama_device - computed: true, optional: true, required: false
  private _panoramaDevice?: string; 
  public get panoramaDevice() {
    return this.getStringAttribute('panorama_device');
  }
  public set panoramaDevice(value: string) {
    this._panoramaDevice = value;
  }
  public resetPanoramaDevice() {
    this._panoramaDevice = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get panoramaDeviceInput() {
    return this._panoramaDevice;
  }

  // vsys - computed: true, optional: true, required: false
  private _vsys?: string; 
  public get vsys() {
    return this.getStringAttribute('vsys');
  }
  public set vsys(value: string) {
    this._vsys = value;
  }
  public resetVsys() {
    this._vsys = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vsysInput() {
    return this._vsys;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceLocationTemplateStack {
  /**
  * Specific Panorama template stack
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name?: string;
  /**
  * The NGFW device
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ngfw_device DataPanosEthernetLayer3Subinterface#ngfw_device}
  */
  readonly ngfwDevice?: string;
  /**
  * Specific Panorama device
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#panorama_device DataPanosEthernetLayer3Subinterface#panorama_device}
  */
  readonly panoramaDevice?: string;
}

export function dataPanosEthernetLayer3SubinterfaceLocationTemplateStackToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceLocationTemplateStack | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    ngfw_device: cdktf.stringToTerraform(struct!.ngfwDevice),
    panorama_device: cdktf.stringToTerraform(struct!.panoramaDevice),
  }
}


export function dataPanosEthernetLayer3SubinterfaceLocationTemplateStackToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceLocationTemplateStack | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ngfw_device: {
      value: cdktf.stringToHclTerraform(struct!.ngfwDevice),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    panorama_device: {
      value: cdktf.stringToHclTerraform(struct!.panoramaDevice),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceLocationTemplateStackOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceLocationTemplateStack | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._ngfwDevice !== undefined) {
      hasAnyValues = true;
      internalValueResult.ngfwDevice = this._ngfwDevice;
    }
    if (this._panoramaDevice !== undefined) {
      hasAnyValues = true;
      internalValueResult.panoramaDevice = this._panoramaDevice;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceLocationTemplateStack | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._ngfwDevice = undefined;
      this._panoramaDevice = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._ngfwDevice = value.ngfwDevice;
      this._panoramaDevice = value.panoramaDevice;
    }
  }

  // name - computed: true, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // ngfw_device - computed: true, optional: true, required: false
  private _ngfwDevice?: string; 
  public get ngfwDevice() {
    return this.getStringAttribute('ngfw_device');
  }
  public set ngfwDevice(value: string) {
    this._ngfwDevice = value;
  }
  public resetNgfwDevice() {
    this._ngfwDevice = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ngfwDeviceInput() {
    return this._ngfwDevice;
  }

  // panorama_device - computed: true, optional: true, required: false
  private _panoramaDevice?: string; 
  public get panoramaDevice() {
    return this.getStringAttribute('panorama_device');
  }
  public set panoramaDevice(value: string) {
    this._panoramaDevice = value;
  }
  public resetPanoramaDevice() {
    this._panoramaDevice = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get panoramaDeviceInput() {
    return this._panoramaDevice;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceLocation {
  /**
  * Located in a specific NGFW device
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ngfw DataPanosEthernetLayer3Subinterface#ngfw}
  */
  readonly ngfw?: DataPanosEthernetLayer3SubinterfaceLocationNgfw;
  /**
  * Panorama shared object
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#shared DataPanosEthernetLayer3Subinterface#shared}
  */
  readonly shared?: DataPanosEthernetLayer3SubinterfaceLocationShared;
  /**
  * Located in a specific template
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#template DataPanosEthernetLayer3Subinterface#template}
  */
  readonly template?: DataPanosEthernetLayer3SubinterfaceLocationTemplate;
  /**
  * Located in a specific template stack
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#template_stack DataPanosEthernetLayer3Subinterface#template_stack}
  */
  readonly templateStack?: DataPanosEthernetLayer3SubinterfaceLocationTemplateStack;
}

export function dataPanosEthernetLayer3SubinterfaceLocationToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceLocation | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ngfw: dataPanosEthernetLayer3SubinterfaceLocationNgfwToTerraform(struct!.ngfw),
    shared: dataPanosEthernetLayer3SubinterfaceLocationSharedToTerraform(struct!.shared),
    template: dataPanosEthernetLayer3SubinterfaceLocationTemplateToTerraform(struct!.template),
    template_stack: dataPanosEthernetLayer3SubinterfaceLocationTemplateStackToTerraform(struct!.templateStack),
  }
}


export function dataPanosEthernetLayer3SubinterfaceLocationToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceLocation | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ngfw: {
      value: dataPanosEthernetLayer3SubinterfaceLocationNgfwToHclTerraform(struct!.ngfw),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceLocationNgfw",
    },
    shared: {
      value: dataPanosEthernetLayer3SubinterfaceLocationSharedToHclTerraform(struct!.shared),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceLocationShared",
    },
    template: {
      value: dataPanosEthernetLayer3SubinterfaceLocationTemplateToHclTerraform(struct!.template),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceLocationTemplate",
    },
    template_stack: {
      value: dataPanosEthernetLayer3SubinterfaceLocationTemplateStackToHclTerraform(struct!.templateStack),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceLocationTemplateStack",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceLocationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceLocation | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__ngfw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ngfw = this.__ngfw?.internalValue;
    }
    if (this.__shared?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.shared = this.__shared?.internalValue;
    }
    if (this.__template?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.template = this.__template?.internalValue;
    }
    if (this.__templateStack?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.templateStack = this.__templateStack?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceLocation | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__ngfw !== undefined) this.__ngfw.internalValue = undefined;
      if (this.__shared !== undefined) this.__shared.internalValue = undefined;
      if (this.__template !== undefined) this.__template.internalValue = undefined;
      if (this.__templateStack !== undefined) this.__templateStack.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.ngfw !== undefined || this.__ngfw !== undefined) this._ngfw.internalValue = value.ngfw;
      if (value.shared !== undefined || this.__shared !== undefined) this._shared.internalValue = value.shared;
      if (value.template !== undefined || this.__template !== undefined) this._template.internalValue = value.template;
      if (value.templateStack !== undefined || this.__templateStack !== undefined) this._templateStack.internalValue = value.templateStack;
    }
  }

  // ngfw - computed: false, optional: true, required: false
  private __ngfw?: DataPanosEthernetLayer3SubinterfaceLocationNgfwOutputReference;
  private get _ngfw(): DataPanosEthernetLayer3SubinterfaceLocationNgfwOutputReference {
    return (this.__ngfw ??= new DataPanosEthernetLayer3SubinterfaceLocationNgfwOutputReference(this, "ngfw"));
  }
  public get ngfw() {
    return this._ngfw;
  }
  public putNgfw(value: DataPanosEthernetLayer3SubinterfaceLocationNgfw) {
    if (value !== undefined || this.__ngfw !== undefined) this._ngfw.internalValue = value;
  }
  public resetNgfw() {
    if (this.__ngfw !== undefined) this.__ngfw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ngfwInput() {
    return this.__ngfw?.internalValue;
  }

  // shared - computed: false, optional: true, required: false
  private __shared?: DataPanosEthernetLayer3SubinterfaceLocationSharedOutputReference;
  private get _shared(): DataPanosEthernetLayer3SubinterfaceLocationSharedOutputReference {
    return (this.__shared ??= new DataPanosEthernetLayer3SubinterfaceLocationSharedOutputReference(this, "shared"));
  }
  public get shared() {
    return this._shared;
  }
  public putShared(value: DataPanosEthernetLayer3SubinterfaceLocationShared) {
    if (value !== undefined || this.__shared !== undefined) this._shared.internalValue = value;
  }
  public resetShared() {
    if (this.__shared !== undefined) this.__shared.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sharedInput() {
    return this.__shared?.internalValue;
  }

  // template - computed: false, optional: true, required: false
  private __template?: DataPanosEthernetLayer3SubinterfaceLocationTemplateOutputReference;
  private get _template(): DataPanosEthernetLayer3SubinterfaceLocationTemplateOutputReference {
    return (this.__template ??= new DataPanosEthernetLayer3SubinterfaceLocationTemplateOutputReference(this, "template"));
  }
  public get template() {
    return this._template;
  }
  public putTemplate(value: DataPanosEthernetLayer3SubinterfaceLocationTemplate) {
    if (value !== undefined || this.__template !== undefined) this._template.internalValue = value;
  }
  public resetTemplate() {
    if (this.__template !== undefined) this.__template.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get templateInput() {
    return this.__template?.internalValue;
  }

  // template_stack - computed: false, optional: true, required: false
  private __templateStack?: DataPanosEthernetLayer3SubinterfaceLocationTemplateStackOutputReference;
  private get _templateStack(): DataPanosEthernetLayer3SubinterfaceLocationTemplateStackOutputReference {
    return (this.__templateStack ??= new DataPanosEthernetLayer3SubinterfaceLocationTemplateStackOutputReference(this, "template_stack"));
  }
  public get templateStack() {
    return this._templateStack;
  }
  public putTemplateStack(value: DataPanosEthernetLayer3SubinterfaceLocationTemplateStack) {
    if (value !== undefined || this.__templateStack !== undefined) this._templateStack.internalValue = value;
  }
  public resetTemplateStack() {
    if (this.__templateStack !== undefined) this.__templateStack.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get templateStackInput() {
    return this.__templateStack?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceNdpProxyAddress {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#name DataPanosEthernetLayer3Subinterface#name}
  */
  readonly name: string;
  /**
  * put the prefix or address on a block list
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#negate DataPanosEthernetLayer3Subinterface#negate}
  */
  readonly negate?: boolean | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceNdpProxyAddressToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceNdpProxyAddress | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    negate: cdktf.booleanToTerraform(struct!.negate),
  }
}


export function dataPanosEthernetLayer3SubinterfaceNdpProxyAddressToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceNdpProxyAddress | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    negate: {
      value: cdktf.booleanToHclTerraform(struct!.negate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceNdpProxyAddressOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceNdpProxyAddress | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._negate !== undefined) {
      hasAnyValues = true;
      internalValueResult.negate = this._negate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceNdpProxyAddress | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._negate = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._negate = value.negate;
    }
  }

  // name - computed: true, optional: false, required: true
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

  // negate - computed: true, optional: true, required: false
  private _negate?: boolean | cdktf.IResolvable; 
  public get negate() {
    return this.getBooleanAttribute('negate');
  }
  public set negate(value: boolean | cdktf.IResolvable) {
    this._negate = value;
  }
  public resetNegate() {
    this._negate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get negateInput() {
    return this._negate;
  }
}

export class DataPanosEthernetLayer3SubinterfaceNdpProxyAddressList extends cdktf.ComplexList {
  public internalValue? : DataPanosEthernetLayer3SubinterfaceNdpProxyAddress[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataPanosEthernetLayer3SubinterfaceNdpProxyAddressOutputReference {
    return new DataPanosEthernetLayer3SubinterfaceNdpProxyAddressOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataPanosEthernetLayer3SubinterfaceNdpProxy {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#address DataPanosEthernetLayer3Subinterface#address}
  */
  readonly address?: DataPanosEthernetLayer3SubinterfaceNdpProxyAddress[] | cdktf.IResolvable;
  /**
  * Enable proxy NDP on the interface
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enabled DataPanosEthernetLayer3Subinterface#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfaceNdpProxyToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceNdpProxy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceNdpProxyAddressToTerraform, false)(struct!.address),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function dataPanosEthernetLayer3SubinterfaceNdpProxyToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceNdpProxy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address: {
      value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceNdpProxyAddressToHclTerraform, false)(struct!.address),
      isBlock: true,
      type: "list",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceNdpProxyAddressList",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceNdpProxyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceNdpProxy | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__address?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this.__address?.internalValue;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceNdpProxy | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__address !== undefined) this.__address.internalValue = undefined;
      this._enabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.address !== undefined || this.__address !== undefined) this._address.internalValue = value.address;
      this._enabled = value.enabled;
    }
  }

  // address - computed: true, optional: true, required: false
  private __address?: DataPanosEthernetLayer3SubinterfaceNdpProxyAddressList;
  private get _address(): DataPanosEthernetLayer3SubinterfaceNdpProxyAddressList {
    return (this.__address ??= new DataPanosEthernetLayer3SubinterfaceNdpProxyAddressList(this, "address", false));
  }
  public get address() {
    return this._address;
  }
  public putAddress(value: DataPanosEthernetLayer3SubinterfaceNdpProxyAddress[] | cdktf.IResolvable) {
    if (value !== undefined || this.__address !== undefined) this._address.internalValue = value;
  }
  public resetAddress() {
    if (this.__address !== undefined) this.__address.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this.__address?.internalValue;
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface DataPanosEthernetLayer3SubinterfacePppoePassive {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
}

export function dataPanosEthernetLayer3SubinterfacePppoePassiveToTerraform(struct?: DataPanosEthernetLayer3SubinterfacePppoePassive | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
  }
}


export function dataPanosEthernetLayer3SubinterfacePppoePassiveToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfacePppoePassive | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfacePppoePassiveOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfacePppoePassive | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfacePppoePassive | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enable = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enable = value.enable;
    }
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }
}
export interface DataPanosEthernetLayer3SubinterfacePppoeStaticAddress {
  /**
  * static ip address
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ip DataPanosEthernetLayer3Subinterface#ip}
  */
  readonly ip?: string;
}

export function dataPanosEthernetLayer3SubinterfacePppoeStaticAddressToTerraform(struct?: DataPanosEthernetLayer3SubinterfacePppoeStaticAddress | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ip: cdktf.stringToTerraform(struct!.ip),
  }
}


export function dataPanosEthernetLayer3SubinterfacePppoeStaticAddressToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfacePppoeStaticAddress | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ip: {
      value: cdktf.stringToHclTerraform(struct!.ip),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfacePppoeStaticAddressOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfacePppoeStaticAddress | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ip !== undefined) {
      hasAnyValues = true;
      internalValueResult.ip = this._ip;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfacePppoeStaticAddress | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._ip = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._ip = value.ip;
    }
  }

  // ip - computed: true, optional: true, required: false
  private _ip?: string; 
  public get ip() {
    return this.getStringAttribute('ip');
  }
  public set ip(value: string) {
    this._ip = value;
  }
  public resetIp() {
    this._ip = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipInput() {
    return this._ip;
  }
}
export interface DataPanosEthernetLayer3SubinterfacePppoe {
  /**
  * desired access concentrator. The valid characters are [a-zA-Z0-9._~!@#$%^*(){},:?/+=\-]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#access_concentrator DataPanosEthernetLayer3Subinterface#access_concentrator}
  */
  readonly accessConcentrator?: string;
  /**
  * authentication protocol
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#authentication DataPanosEthernetLayer3Subinterface#authentication}
  */
  readonly authentication?: string;
  /**
  * automatically create default route pointing to peer
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#create_default_route DataPanosEthernetLayer3Subinterface#create_default_route}
  */
  readonly createDefaultRoute?: boolean | cdktf.IResolvable;
  /**
  * metric of the default route created
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#default_route_metric DataPanosEthernetLayer3Subinterface#default_route_metric}
  */
  readonly defaultRouteMetric?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#passive DataPanosEthernetLayer3Subinterface#passive}
  */
  readonly passive?: DataPanosEthernetLayer3SubinterfacePppoePassive;
  /**
  * password for ppp autentication
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#password DataPanosEthernetLayer3Subinterface#password}
  */
  readonly password?: string;
  /**
  * desired service. The valid characters are [a-zA-Z0-9._~!@#$%^*(){},:?/+=\-]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#service DataPanosEthernetLayer3Subinterface#service}
  */
  readonly service?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#static_address DataPanosEthernetLayer3Subinterface#static_address}
  */
  readonly staticAddress?: DataPanosEthernetLayer3SubinterfacePppoeStaticAddress;
  /**
  * username for ppp authentication. The valid characters are [a-zA-Z0-9._~!@#$%^*(){},:?/+=\-]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#username DataPanosEthernetLayer3Subinterface#username}
  */
  readonly username?: string;
}

export function dataPanosEthernetLayer3SubinterfacePppoeToTerraform(struct?: DataPanosEthernetLayer3SubinterfacePppoe | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    access_concentrator: cdktf.stringToTerraform(struct!.accessConcentrator),
    authentication: cdktf.stringToTerraform(struct!.authentication),
    create_default_route: cdktf.booleanToTerraform(struct!.createDefaultRoute),
    default_route_metric: cdktf.numberToTerraform(struct!.defaultRouteMetric),
    enable: cdktf.booleanToTerraform(struct!.enable),
    passive: dataPanosEthernetLayer3SubinterfacePppoePassiveToTerraform(struct!.passive),
    password: cdktf.stringToTerraform(struct!.password),
    service: cdktf.stringToTerraform(struct!.service),
    static_address: dataPanosEthernetLayer3SubinterfacePppoeStaticAddressToTerraform(struct!.staticAddress),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function dataPanosEthernetLayer3SubinterfacePppoeToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfacePppoe | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    access_concentrator: {
      value: cdktf.stringToHclTerraform(struct!.accessConcentrator),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    authentication: {
      value: cdktf.stringToHclTerraform(struct!.authentication),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    create_default_route: {
      value: cdktf.booleanToHclTerraform(struct!.createDefaultRoute),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    default_route_metric: {
      value: cdktf.numberToHclTerraform(struct!.defaultRouteMetric),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    passive: {
      value: dataPanosEthernetLayer3SubinterfacePppoePassiveToHclTerraform(struct!.passive),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfacePppoePassive",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service: {
      value: cdktf.stringToHclTerraform(struct!.service),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    static_address: {
      value: dataPanosEthernetLayer3SubinterfacePppoeStaticAddressToHclTerraform(struct!.staticAddress),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfacePppoeStaticAddress",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfacePppoeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfacePppoe | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._accessConcentrator !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessConcentrator = this._accessConcentrator;
    }
    if (this._authentication !== undefined) {
      hasAnyValues = true;
      internalValueResult.authentication = this._authentication;
    }
    if (this._createDefaultRoute !== undefined) {
      hasAnyValues = true;
      internalValueResult.createDefaultRoute = this._createDefaultRoute;
    }
    if (this._defaultRouteMetric !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultRouteMetric = this._defaultRouteMetric;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this.__passive?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.passive = this.__passive?.internalValue;
    }
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._service !== undefined) {
      hasAnyValues = true;
      internalValueResult.service = this._service;
    }
    if (this.__staticAddress?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.staticAddress = this.__staticAddress?.internalValue;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfacePppoe | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._accessConcentrator = undefined;
      this._authentication = undefined;
      this._createDefaultRoute = undefined;
      this._defaultRouteMetric = undefined;
      this._enable = undefined;
      if (this.__passive !== undefined) this.__passive.internalValue = undefined;
      this._password = undefined;
      this._service = undefined;
      if (this.__staticAddress !== undefined) this.__staticAddress.internalValue = undefined;
      this._username = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._accessConcentrator = value.accessConcentrator;
      this._authentication = value.authentication;
      this._createDefaultRoute = value.createDefaultRoute;
      this._defaultRouteMetric = value.defaultRouteMetric;
      this._enable = value.enable;
      if (value.passive !== undefined || this.__passive !== undefined) this._passive.internalValue = value.passive;
      this._password = value.password;
      this._service = value.service;
      if (value.staticAddress !== undefined || this.__staticAddress !== undefined) this._staticAddress.internalValue = value.staticAddress;
      this._username = value.username;
    }
  }

  // access_concentrator - computed: true, optional: true, required: false
  private _accessConcentrator?: string; 
  public get accessConcentrator() {
    return this.getStringAttribute('access_concentrator');
  }
  public set accessConcentrator(value: string) {
    this._accessConcentrator = value;
  }
  public resetAccessConcentrator() {
    this._accessConcentrator = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessConcentratorInput() {
    return this._accessConcentrator;
  }

  // authentication - computed: true, optional: true, required: false
  private _authentication?: string; 
  public get authentication() {
    return this.getStringAttribute('authentication');
  }
  public set authentication(value: string) {
    this._authentication = value;
  }
  public resetAuthentication() {
    this._authentication = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticationInput() {
    return this._authentication;
  }

  // create_default_route - computed: true, optional: true, required: false
  private _createDefaultRoute?: boolean | cdktf.IResolvable; 
  public get createDefaultRoute() {
    return this.getBooleanAttribute('create_default_route');
  }
  public set createDefaultRoute(value: boolean | cdktf.IResolvable) {
    this._createDefaultRoute = value;
  }
  public resetCreateDefaultRoute() {
    this._createDefaultRoute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createDefaultRouteInput() {
    return this._createDefaultRoute;
  }

  // default_route_metric - computed: true, optional: true, required: false
  private _defaultRouteMetric?: number; 
  public get defaultRouteMetric() {
    return this.getNumberAttribute('default_route_metric');
  }
  public set defaultRouteMetric(value: number) {
    this._defaultRouteMetric = value;
  }
  public resetDefaultRouteMetric() {
    this._defaultRouteMetric = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultRouteMetricInput() {
    return this._defaultRouteMetric;
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // passive - computed: true, optional: true, required: false
  private __passive?: DataPanosEthernetLayer3SubinterfacePppoePassiveOutputReference;
  private get _passive(): DataPanosEthernetLayer3SubinterfacePppoePassiveOutputReference {
    return (this.__passive ??= new DataPanosEthernetLayer3SubinterfacePppoePassiveOutputReference(this, "passive"));
  }
  public get passive() {
    return this._passive;
  }
  public putPassive(value: DataPanosEthernetLayer3SubinterfacePppoePassive) {
    if (value !== undefined || this.__passive !== undefined) this._passive.internalValue = value;
  }
  public resetPassive() {
    if (this.__passive !== undefined) this.__passive.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passiveInput() {
    return this.__passive?.internalValue;
  }

  // password - computed: true, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // service - computed: true, optional: true, required: false
  private _service?: string; 
  public get service() {
    return this.getStringAttribute('service');
  }
  public set service(value: string) {
    this._service = value;
  }
  public resetService() {
    this._service = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceInput() {
    return this._service;
  }

  // static_address - computed: true, optional: true, required: false
  private __staticAddress?: DataPanosEthernetLayer3SubinterfacePppoeStaticAddressOutputReference;
  private get _staticAddress(): DataPanosEthernetLayer3SubinterfacePppoeStaticAddressOutputReference {
    return (this.__staticAddress ??= new DataPanosEthernetLayer3SubinterfacePppoeStaticAddressOutputReference(this, "static_address"));
  }
  public get staticAddress() {
    return this._staticAddress;
  }
  public putStaticAddress(value: DataPanosEthernetLayer3SubinterfacePppoeStaticAddress) {
    if (value !== undefined || this.__staticAddress !== undefined) this._staticAddress.internalValue = value;
  }
  public resetStaticAddress() {
    if (this.__staticAddress !== undefined) this.__staticAddress.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get staticAddressInput() {
    return this.__staticAddress?.internalValue;
  }

  // username - computed: true, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdns {
}

export function dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdnsToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdns | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdnsToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdns | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdnsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdns | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdns | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIp {
  /**
  * Upstream NAT address FQDN name configuration
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#fqdn DataPanosEthernetLayer3Subinterface#fqdn}
  */
  readonly fqdn?: string;
  /**
  * Upstream NAT IP address
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ip_address DataPanosEthernetLayer3Subinterface#ip_address}
  */
  readonly ipAddress?: string;
}

export function dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIpToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIp | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    fqdn: cdktf.stringToTerraform(struct!.fqdn),
    ip_address: cdktf.stringToTerraform(struct!.ipAddress),
  }
}


export function dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIpToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIp | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    fqdn: {
      value: cdktf.stringToHclTerraform(struct!.fqdn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ip_address: {
      value: cdktf.stringToHclTerraform(struct!.ipAddress),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIpOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIp | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._fqdn !== undefined) {
      hasAnyValues = true;
      internalValueResult.fqdn = this._fqdn;
    }
    if (this._ipAddress !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipAddress = this._ipAddress;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIp | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._fqdn = undefined;
      this._ipAddress = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._fqdn = value.fqdn;
      this._ipAddress = value.ipAddress;
    }
  }

  // fqdn - computed: true, optional: true, required: false
  private _fqdn?: string; 
  public get fqdn() {
    return this.getStringAttribute('fqdn');
  }
  public set fqdn(value: string) {
    this._fqdn = value;
  }
  public resetFqdn() {
    this._fqdn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fqdnInput() {
    return this._fqdn;
  }

  // ip_address - computed: true, optional: true, required: false
  private _ipAddress?: string; 
  public get ipAddress() {
    return this.getStringAttribute('ip_address');
  }
  public set ipAddress(value: string) {
    this._ipAddress = value;
  }
  public resetIpAddress() {
    this._ipAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipAddressInput() {
    return this._ipAddress;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNat {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#ddns DataPanosEthernetLayer3Subinterface#ddns}
  */
  readonly ddns?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdns;
  /**
  * Enable upstream NAT IP config
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#static_ip DataPanosEthernetLayer3Subinterface#static_ip}
  */
  readonly staticIp?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIp;
}

export function dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ddns: dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdnsToTerraform(struct!.ddns),
    enable: cdktf.booleanToTerraform(struct!.enable),
    static_ip: dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIpToTerraform(struct!.staticIp),
  }
}


export function dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ddns: {
      value: dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdnsToHclTerraform(struct!.ddns),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdns",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    static_ip: {
      value: dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIpToHclTerraform(struct!.staticIp),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIp",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this.__ddns?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ddns = this.__ddns?.internalValue;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this.__staticIp?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.staticIp = this.__staticIp?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      if (this.__ddns !== undefined) this.__ddns.internalValue = undefined;
      this._enable = undefined;
      if (this.__staticIp !== undefined) this.__staticIp.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      if (value.ddns !== undefined || this.__ddns !== undefined) this._ddns.internalValue = value.ddns;
      this._enable = value.enable;
      if (value.staticIp !== undefined || this.__staticIp !== undefined) this._staticIp.internalValue = value.staticIp;
    }
  }

  // ddns - computed: true, optional: true, required: false
  private __ddns?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdnsOutputReference;
  private get _ddns(): DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdnsOutputReference {
    return (this.__ddns ??= new DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdnsOutputReference(this, "ddns"));
  }
  public get ddns() {
    return this._ddns;
  }
  public putDdns(value: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatDdns) {
    if (value !== undefined || this.__ddns !== undefined) this._ddns.internalValue = value;
  }
  public resetDdns() {
    if (this.__ddns !== undefined) this.__ddns.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ddnsInput() {
    return this.__ddns?.internalValue;
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // static_ip - computed: true, optional: true, required: false
  private __staticIp?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIpOutputReference;
  private get _staticIp(): DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIpOutputReference {
    return (this.__staticIp ??= new DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIpOutputReference(this, "static_ip"));
  }
  public get staticIp() {
    return this._staticIp;
  }
  public putStaticIp(value: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatStaticIp) {
    if (value !== undefined || this.__staticIp !== undefined) this._staticIp.internalValue = value;
  }
  public resetStaticIp() {
    if (this.__staticIp !== undefined) this.__staticIp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get staticIpInput() {
    return this.__staticIp?.internalValue;
  }
}
export interface DataPanosEthernetLayer3SubinterfaceSdwanLinkSettings {
  /**
  * Enable sdwan on this ethernet interface
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#enable DataPanosEthernetLayer3Subinterface#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Sdwan link characteristics
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#sdwan_interface_profile DataPanosEthernetLayer3Subinterface#sdwan_interface_profile}
  */
  readonly sdwanInterfaceProfile?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#upstream_nat DataPanosEthernetLayer3Subinterface#upstream_nat}
  */
  readonly upstreamNat?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNat;
}

export function dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsToTerraform(struct?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    sdwan_interface_profile: cdktf.stringToTerraform(struct!.sdwanInterfaceProfile),
    upstream_nat: dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatToTerraform(struct!.upstreamNat),
  }
}


export function dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsToHclTerraform(struct?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettings | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    sdwan_interface_profile: {
      value: cdktf.stringToHclTerraform(struct!.sdwanInterfaceProfile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    upstream_nat: {
      value: dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatToHclTerraform(struct!.upstreamNat),
      isBlock: true,
      type: "struct",
      storageClassType: "DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNat",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataPanosEthernetLayer3SubinterfaceSdwanLinkSettings | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._sdwanInterfaceProfile !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdwanInterfaceProfile = this._sdwanInterfaceProfile;
    }
    if (this.__upstreamNat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.upstreamNat = this.__upstreamNat?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettings | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._enable = undefined;
      this._sdwanInterfaceProfile = undefined;
      if (this.__upstreamNat !== undefined) this.__upstreamNat.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._enable = value.enable;
      this._sdwanInterfaceProfile = value.sdwanInterfaceProfile;
      if (value.upstreamNat !== undefined || this.__upstreamNat !== undefined) this._upstreamNat.internalValue = value.upstreamNat;
    }
  }

  // enable - computed: true, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // sdwan_interface_profile - computed: true, optional: true, required: false
  private _sdwanInterfaceProfile?: string; 
  public get sdwanInterfaceProfile() {
    return this.getStringAttribute('sdwan_interface_profile');
  }
  public set sdwanInterfaceProfile(value: string) {
    this._sdwanInterfaceProfile = value;
  }
  public resetSdwanInterfaceProfile() {
    this._sdwanInterfaceProfile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdwanInterfaceProfileInput() {
    return this._sdwanInterfaceProfile;
  }

  // upstream_nat - computed: true, optional: true, required: false
  private __upstreamNat?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatOutputReference;
  private get _upstreamNat(): DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatOutputReference {
    return (this.__upstreamNat ??= new DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNatOutputReference(this, "upstream_nat"));
  }
  public get upstreamNat() {
    return this._upstreamNat;
  }
  public putUpstreamNat(value: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsUpstreamNat) {
    if (value !== undefined || this.__upstreamNat !== undefined) this._upstreamNat.internalValue = value;
  }
  public resetUpstreamNat() {
    if (this.__upstreamNat !== undefined) this.__upstreamNat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get upstreamNatInput() {
    return this.__upstreamNat?.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface panos_ethernet_layer3_subinterface}
*/
export class DataPanosEthernetLayer3Subinterface extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "panos_ethernet_layer3_subinterface";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataPanosEthernetLayer3Subinterface resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataPanosEthernetLayer3Subinterface to import
  * @param importFromId The id of the existing DataPanosEthernetLayer3Subinterface that should be imported. Refer to the {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataPanosEthernetLayer3Subinterface to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "panos_ethernet_layer3_subinterface", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/paloaltonetworks/panos/latest/docs/data-sources/ethernet_layer3_subinterface panos_ethernet_layer3_subinterface} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataPanosEthernetLayer3SubinterfaceConfig
  */
  public constructor(scope: Construct, id: string, config: DataPanosEthernetLayer3SubinterfaceConfig) {
    super(scope, id, {
      terraformResourceType: 'panos_ethernet_layer3_subinterface',
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
    if (config.adjustTcpMss !== undefined || this.__adjustTcpMss !== undefined) this._adjustTcpMss.internalValue = config.adjustTcpMss;
    if (config.arp !== undefined || this.__arp !== undefined) this._arp.internalValue = config.arp;
    if (config.bonjour !== undefined || this.__bonjour !== undefined) this._bonjour.internalValue = config.bonjour;
    this._comment = config.comment;
    if (config.ddnsConfig !== undefined || this.__ddnsConfig !== undefined) this._ddnsConfig.internalValue = config.ddnsConfig;
    this._decryptForward = config.decryptForward;
    this._dfIgnore = config.dfIgnore;
    if (config.dhcpClient !== undefined || this.__dhcpClient !== undefined) this._dhcpClient.internalValue = config.dhcpClient;
    this._interfaceManagementProfile = config.interfaceManagementProfile;
    if (config.ip !== undefined || this.__ip !== undefined) this._ip.internalValue = config.ip;
    if (config.ipv6 !== undefined || this.__ipv6 !== undefined) this._ipv6.internalValue = config.ipv6;
    if (config.location !== undefined || this.__location !== undefined) this._location.internalValue = config.location;
    this._mtu = config.mtu;
    this._name = config.name;
    if (config.ndpProxy !== undefined || this.__ndpProxy !== undefined) this._ndpProxy.internalValue = config.ndpProxy;
    this._netflowProfile = config.netflowProfile;
    this._parent = config.parent;
    if (config.pppoe !== undefined || this.__pppoe !== undefined) this._pppoe.internalValue = config.pppoe;
    if (config.sdwanLinkSettings !== undefined || this.__sdwanLinkSettings !== undefined) this._sdwanLinkSettings.internalValue = config.sdwanLinkSettings;
    this._tag = config.tag;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // adjust_tcp_mss - computed: true, optional: true, required: false
  private __adjustTcpMss?: DataPanosEthernetLayer3SubinterfaceAdjustTcpMssOutputReference;
  private get _adjustTcpMss(): DataPanosEthernetLayer3SubinterfaceAdjustTcpMssOutputReference {
    return (this.__adjustTcpMss ??= new DataPanosEthernetLayer3SubinterfaceAdjustTcpMssOutputReference(this, "adjust_tcp_mss"));
  }
  public get adjustTcpMss() {
    return this._adjustTcpMss;
  }
  public putAdjustTcpMss(value: DataPanosEthernetLayer3SubinterfaceAdjustTcpMss) {
    if (value !== undefined || this.__adjustTcpMss !== undefined) this._adjustTcpMss.internalValue = value;
  }
  public resetAdjustTcpMss() {
    if (this.__adjustTcpMss !== undefined) this.__adjustTcpMss.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get adjustTcpMssInput() {
    return this.__adjustTcpMss?.internalValue;
  }

  // arp - computed: true, optional: true, required: false
  private __arp?: DataPanosEthernetLayer3SubinterfaceArpList;
  private get _arp(): DataPanosEthernetLayer3SubinterfaceArpList {
    return (this.__arp ??= new DataPanosEthernetLayer3SubinterfaceArpList(this, "arp", false));
  }
  public get arp() {
    return this._arp;
  }
  public putArp(value: DataPanosEthernetLayer3SubinterfaceArp[] | cdktf.IResolvable) {
    if (value !== undefined || this.__arp !== undefined) this._arp.internalValue = value;
  }
  public resetArp() {
    if (this.__arp !== undefined) this.__arp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get arpInput() {
    return this.__arp?.internalValue;
  }

  // bonjour - computed: true, optional: true, required: false
  private __bonjour?: DataPanosEthernetLayer3SubinterfaceBonjourOutputReference;
  private get _bonjour(): DataPanosEthernetLayer3SubinterfaceBonjourOutputReference {
    return (this.__bonjour ??= new DataPanosEthernetLayer3SubinterfaceBonjourOutputReference(this, "bonjour"));
  }
  public get bonjour() {
    return this._bonjour;
  }
  public putBonjour(value: DataPanosEthernetLayer3SubinterfaceBonjour) {
    if (value !== undefined || this.__bonjour !== undefined) this._bonjour.internalValue = value;
  }
  public resetBonjour() {
    if (this.__bonjour !== undefined) this.__bonjour.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bonjourInput() {
    return this.__bonjour?.internalValue;
  }

  // comment - computed: true, optional: true, required: false
  private _comment?: string; 
  public get comment() {
    return this.getStringAttribute('comment');
  }
  public set comment(value: string) {
    this._comment = value;
  }
  public resetComment() {
    this._comment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentInput() {
    return this._comment;
  }

  // ddns_config - computed: true, optional: true, required: false
  private __ddnsConfig?: DataPanosEthernetLayer3SubinterfaceDdnsConfigOutputReference;
  private get _ddnsConfig(): DataPanosEthernetLayer3SubinterfaceDdnsConfigOutputReference {
    return (this.__ddnsConfig ??= new DataPanosEthernetLayer3SubinterfaceDdnsConfigOutputReference(this, "ddns_config"));
  }
  public get ddnsConfig() {
    return this._ddnsConfig;
  }
  public putDdnsConfig(value: DataPanosEthernetLayer3SubinterfaceDdnsConfig) {
    if (value !== undefined || this.__ddnsConfig !== undefined) this._ddnsConfig.internalValue = value;
  }
  public resetDdnsConfig() {
    if (this.__ddnsConfig !== undefined) this.__ddnsConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ddnsConfigInput() {
    return this.__ddnsConfig?.internalValue;
  }

  // decrypt_forward - computed: true, optional: true, required: false
  private _decryptForward?: boolean | cdktf.IResolvable; 
  public get decryptForward() {
    return this.getBooleanAttribute('decrypt_forward');
  }
  public set decryptForward(value: boolean | cdktf.IResolvable) {
    this._decryptForward = value;
  }
  public resetDecryptForward() {
    this._decryptForward = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get decryptForwardInput() {
    return this._decryptForward;
  }

  // df_ignore - computed: true, optional: true, required: false
  private _dfIgnore?: boolean | cdktf.IResolvable; 
  public get dfIgnore() {
    return this.getBooleanAttribute('df_ignore');
  }
  public set dfIgnore(value: boolean | cdktf.IResolvable) {
    this._dfIgnore = value;
  }
  public resetDfIgnore() {
    this._dfIgnore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dfIgnoreInput() {
    return this._dfIgnore;
  }

  // dhcp_client - computed: true, optional: true, required: false
  private __dhcpClient?: DataPanosEthernetLayer3SubinterfaceDhcpClientOutputReference;
  private get _dhcpClient(): DataPanosEthernetLayer3SubinterfaceDhcpClientOutputReference {
    return (this.__dhcpClient ??= new DataPanosEthernetLayer3SubinterfaceDhcpClientOutputReference(this, "dhcp_client"));
  }
  public get dhcpClient() {
    return this._dhcpClient;
  }
  public putDhcpClient(value: DataPanosEthernetLayer3SubinterfaceDhcpClient) {
    if (value !== undefined || this.__dhcpClient !== undefined) this._dhcpClient.internalValue = value;
  }
  public resetDhcpClient() {
    if (this.__dhcpClient !== undefined) this.__dhcpClient.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpClientInput() {
    return this.__dhcpClient?.internalValue;
  }

  // interface_management_profile - computed: true, optional: true, required: false
  private _interfaceManagementProfile?: string; 
  public get interfaceManagementProfile() {
    return this.getStringAttribute('interface_management_profile');
  }
  public set interfaceManagementProfile(value: string) {
    this._interfaceManagementProfile = value;
  }
  public resetInterfaceManagementProfile() {
    this._interfaceManagementProfile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get interfaceManagementProfileInput() {
    return this._interfaceManagementProfile;
  }

  // ip - computed: true, optional: true, required: false
  private __ip?: DataPanosEthernetLayer3SubinterfaceIpList;
  private get _ip(): DataPanosEthernetLayer3SubinterfaceIpList {
    return (this.__ip ??= new DataPanosEthernetLayer3SubinterfaceIpList(this, "ip", false));
  }
  public get ip() {
    return this._ip;
  }
  public putIp(value: DataPanosEthernetLayer3SubinterfaceIp[] | cdktf.IResolvable) {
    if (value !== undefined || this.__ip !== undefined) this._ip.internalValue = value;
  }
  public resetIp() {
    if (this.__ip !== undefined) this.__ip.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipInput() {
    return this.__ip?.internalValue;
  }

  // ipv6 - computed: true, optional: true, required: false
  private __ipv6?: DataPanosEthernetLayer3SubinterfaceIpv6OutputReference;
  private get _ipv6(): DataPanosEthernetLayer3SubinterfaceIpv6OutputReference {
    return (this.__ipv6 ??= new DataPanosEthernetLayer3SubinterfaceIpv6OutputReference(this, "ipv6"));
  }
  public get ipv6() {
    return this._ipv6;
  }
  public putIpv6(value: DataPanosEthernetLayer3SubinterfaceIpv6) {
    if (value !== undefined || this.__ipv6 !== undefined) this._ipv6.internalValue = value;
  }
  public resetIpv6() {
    if (this.__ipv6 !== undefined) this.__ipv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this.__ipv6?.internalValue;
  }

  // location - computed: false, optional: false, required: true
  private __location?: DataPanosEthernetLayer3SubinterfaceLocationOutputReference;
  private get _location(): DataPanosEthernetLayer3SubinterfaceLocationOutputReference {
    return (this.__location ??= new DataPanosEthernetLayer3SubinterfaceLocationOutputReference(this, "location"));
  }
  public get location() {
    return this._location;
  }
  public putLocation(value: DataPanosEthernetLayer3SubinterfaceLocation) {
    if (value !== undefined || this.__location !== undefined) this._location.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get locationInput() {
    return this.__location?.internalValue;
  }

  // mtu - computed: true, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
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

  // ndp_proxy - computed: true, optional: true, required: false
  private __ndpProxy?: DataPanosEthernetLayer3SubinterfaceNdpProxyOutputReference;
  private get _ndpProxy(): DataPanosEthernetLayer3SubinterfaceNdpProxyOutputReference {
    return (this.__ndpProxy ??= new DataPanosEthernetLayer3SubinterfaceNdpProxyOutputReference(this, "ndp_proxy"));
  }
  public get ndpProxy() {
    return this._ndpProxy;
  }
  public putNdpProxy(value: DataPanosEthernetLayer3SubinterfaceNdpProxy) {
    if (value !== undefined || this.__ndpProxy !== undefined) this._ndpProxy.internalValue = value;
  }
  public resetNdpProxy() {
    if (this.__ndpProxy !== undefined) this.__ndpProxy.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ndpProxyInput() {
    return this.__ndpProxy?.internalValue;
  }

  // netflow_profile - computed: true, optional: true, required: false
  private _netflowProfile?: string; 
  public get netflowProfile() {
    return this.getStringAttribute('netflow_profile');
  }
  public set netflowProfile(value: string) {
    this._netflowProfile = value;
  }
  public resetNetflowProfile() {
    this._netflowProfile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netflowProfileInput() {
    return this._netflowProfile;
  }

  // parent - computed: true, optional: true, required: false
  private _parent?: string; 
  public get parent() {
    return this.getStringAttribute('parent');
  }
  public set parent(value: string) {
    this._parent = value;
  }
  public resetParent() {
    this._parent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get parentInput() {
    return this._parent;
  }

  // pppoe - computed: true, optional: true, required: false
  private __pppoe?: DataPanosEthernetLayer3SubinterfacePppoeOutputReference;
  private get _pppoe(): DataPanosEthernetLayer3SubinterfacePppoeOutputReference {
    return (this.__pppoe ??= new DataPanosEthernetLayer3SubinterfacePppoeOutputReference(this, "pppoe"));
  }
  public get pppoe() {
    return this._pppoe;
  }
  public putPppoe(value: DataPanosEthernetLayer3SubinterfacePppoe) {
    if (value !== undefined || this.__pppoe !== undefined) this._pppoe.internalValue = value;
  }
  public resetPppoe() {
    if (this.__pppoe !== undefined) this.__pppoe.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pppoeInput() {
    return this.__pppoe?.internalValue;
  }

  // sdwan_link_settings - computed: true, optional: true, required: false
  private __sdwanLinkSettings?: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsOutputReference;
  private get _sdwanLinkSettings(): DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsOutputReference {
    return (this.__sdwanLinkSettings ??= new DataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsOutputReference(this, "sdwan_link_settings"));
  }
  public get sdwanLinkSettings() {
    return this._sdwanLinkSettings;
  }
  public putSdwanLinkSettings(value: DataPanosEthernetLayer3SubinterfaceSdwanLinkSettings) {
    if (value !== undefined || this.__sdwanLinkSettings !== undefined) this._sdwanLinkSettings.internalValue = value;
  }
  public resetSdwanLinkSettings() {
    if (this.__sdwanLinkSettings !== undefined) this.__sdwanLinkSettings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdwanLinkSettingsInput() {
    return this.__sdwanLinkSettings?.internalValue;
  }

  // tag - computed: true, optional: true, required: false
  private _tag?: number; 
  public get tag() {
    return this.getNumberAttribute('tag');
  }
  public set tag(value: number) {
    this._tag = value;
  }
  public resetTag() {
    this._tag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagInput() {
    return this._tag;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      adjust_tcp_mss: dataPanosEthernetLayer3SubinterfaceAdjustTcpMssToTerraform(this.__adjustTcpMss?.internalValue),
      arp: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceArpToTerraform, false)(this.__arp?.internalValue),
      bonjour: dataPanosEthernetLayer3SubinterfaceBonjourToTerraform(this.__bonjour?.internalValue),
      comment: cdktf.stringToTerraform(this._comment),
      ddns_config: dataPanosEthernetLayer3SubinterfaceDdnsConfigToTerraform(this.__ddnsConfig?.internalValue),
      decrypt_forward: cdktf.booleanToTerraform(this._decryptForward),
      df_ignore: cdktf.booleanToTerraform(this._dfIgnore),
      dhcp_client: dataPanosEthernetLayer3SubinterfaceDhcpClientToTerraform(this.__dhcpClient?.internalValue),
      interface_management_profile: cdktf.stringToTerraform(this._interfaceManagementProfile),
      ip: cdktf.listMapper(dataPanosEthernetLayer3SubinterfaceIpToTerraform, false)(this.__ip?.internalValue),
      ipv6: dataPanosEthernetLayer3SubinterfaceIpv6ToTerraform(this.__ipv6?.internalValue),
      location: dataPanosEthernetLayer3SubinterfaceLocationToTerraform(this.__location?.internalValue),
      mtu: cdktf.numberToTerraform(this._mtu),
      name: cdktf.stringToTerraform(this._name),
      ndp_proxy: dataPanosEthernetLayer3SubinterfaceNdpProxyToTerraform(this.__ndpProxy?.internalValue),
      netflow_profile: cdktf.stringToTerraform(this._netflowProfile),
      parent: cdktf.stringToTerraform(this._parent),
      pppoe: dataPanosEthernetLayer3SubinterfacePppoeToTerraform(this.__pppoe?.internalValue),
      sdwan_link_settings: dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsToTerraform(this.__sdwanLinkSettings?.internalValue),
      tag: cdktf.numberToTerraform(this._tag),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      adjust_tcp_mss: {
        value: dataPanosEthernetLayer3SubinterfaceAdjustTcpMssToHclTerraform(this.__adjustTcpMss?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosEthernetLayer3SubinterfaceAdjustTcpMss",
      },
      arp: {
        value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceArpToHclTerraform, false)(this.__arp?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataPanosEthernetLayer3SubinterfaceArpList",
      },
      bonjour: {
        value: dataPanosEthernetLayer3SubinterfaceBonjourToHclTerraform(this.__bonjour?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosEthernetLayer3SubinterfaceBonjour",
      },
      comment: {
        value: cdktf.stringToHclTerraform(this._comment),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ddns_config: {
        value: dataPanosEthernetLayer3SubinterfaceDdnsConfigToHclTerraform(this.__ddnsConfig?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosEthernetLayer3SubinterfaceDdnsConfig",
      },
      decrypt_forward: {
        value: cdktf.booleanToHclTerraform(this._decryptForward),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      df_ignore: {
        value: cdktf.booleanToHclTerraform(this._dfIgnore),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      dhcp_client: {
        value: dataPanosEthernetLayer3SubinterfaceDhcpClientToHclTerraform(this.__dhcpClient?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosEthernetLayer3SubinterfaceDhcpClient",
      },
      interface_management_profile: {
        value: cdktf.stringToHclTerraform(this._interfaceManagementProfile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ip: {
        value: cdktf.listMapperHcl(dataPanosEthernetLayer3SubinterfaceIpToHclTerraform, false)(this.__ip?.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataPanosEthernetLayer3SubinterfaceIpList",
      },
      ipv6: {
        value: dataPanosEthernetLayer3SubinterfaceIpv6ToHclTerraform(this.__ipv6?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosEthernetLayer3SubinterfaceIpv6",
      },
      location: {
        value: dataPanosEthernetLayer3SubinterfaceLocationToHclTerraform(this.__location?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosEthernetLayer3SubinterfaceLocation",
      },
      mtu: {
        value: cdktf.numberToHclTerraform(this._mtu),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ndp_proxy: {
        value: dataPanosEthernetLayer3SubinterfaceNdpProxyToHclTerraform(this.__ndpProxy?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosEthernetLayer3SubinterfaceNdpProxy",
      },
      netflow_profile: {
        value: cdktf.stringToHclTerraform(this._netflowProfile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      parent: {
        value: cdktf.stringToHclTerraform(this._parent),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pppoe: {
        value: dataPanosEthernetLayer3SubinterfacePppoeToHclTerraform(this.__pppoe?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosEthernetLayer3SubinterfacePppoe",
      },
      sdwan_link_settings: {
        value: dataPanosEthernetLayer3SubinterfaceSdwanLinkSettingsToHclTerraform(this.__sdwanLinkSettings?.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataPanosEthernetLayer3SubinterfaceSdwanLinkSettings",
      },
      tag: {
        value: cdktf.numberToHclTerraform(this._tag),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
