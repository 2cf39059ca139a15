// https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/vxcs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataMegaportVxcsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether to fetch resource tags for each VXC. Enabling this causes an additional API call per VXC, which may be slow for accounts with many VXCs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/vxcs#include_resource_tags DataMegaportVxcs#include_resource_tags}
  */
  readonly includeResourceTags?: boolean | cdktf.IResolvable;
  /**
  * The unique identifier of a specific VXC to look up. If not provided, all active VXCs are returned.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/vxcs#product_uid DataMegaportVxcs#product_uid}
  */
  readonly productUid?: string;
}
export interface DataMegaportVxcsVxcs {
}

export function dataMegaportVxcsVxcsToTerraform(struct?: DataMegaportVxcsVxcs): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataMegaportVxcsVxcsToHclTerraform(struct?: DataMegaportVxcsVxcs): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataMegaportVxcsVxcsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataMegaportVxcsVxcs | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataMegaportVxcsVxcs | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // a_end_location_id - computed: true, optional: false, required: false
  public get aEndLocationId() {
    return this.getNumberAttribute('a_end_location_id');
  }

  // a_end_name - computed: true, optional: false, required: false
  public get aEndName() {
    return this.getStringAttribute('a_end_name');
  }

  // a_end_uid - computed: true, optional: false, required: false
  public get aEndUid() {
    return this.getStringAttribute('a_end_uid');
  }

  // a_end_vlan - computed: true, optional: false, required: false
  public get aEndVlan() {
    return this.getNumberAttribute('a_end_vlan');
  }

  // admin_locked - computed: true, optional: false, required: false
  public get adminLocked() {
    return this.getBooleanAttribute('admin_locked');
  }

  // attribute_tags - computed: true, optional: false, required: false
  private _attributeTags = new cdktf.StringMap(this, "attribute_tags");
  public get attributeTags() {
    return this._attributeTags;
  }

  // b_end_location_id - computed: true, optional: false, required: false
  public get bEndLocationId() {
    return this.getNumberAttribute('b_end_location_id');
  }

  // b_end_name - computed: true, optional: false, required: false
  public get bEndName() {
    return this.getStringAttribute('b_end_name');
  }

  // b_end_uid - computed: true, optional: false, required: false
  public get bEndUid() {
    return this.getStringAttribute('b_end_uid');
  }

  // b_end_vlan - computed: true, optional: false, required: false
  public get bEndVlan() {
    return this.getNumberAttribute('b_end_vlan');
  }

  // cancelable - computed: true, optional: false, required: false
  public get cancelable() {
    return this.getBooleanAttribute('cancelable');
  }

  // company_name - computed: true, optional: false, required: false
  public get companyName() {
    return this.getStringAttribute('company_name');
  }

  // company_uid - computed: true, optional: false, required: false
  public get companyUid() {
    return this.getStringAttribute('company_uid');
  }

  // contract_end_date - computed: true, optional: false, required: false
  public get contractEndDate() {
    return this.getStringAttribute('contract_end_date');
  }

  // contract_start_date - computed: true, optional: false, required: false
  public get contractStartDate() {
    return this.getStringAttribute('contract_start_date');
  }

  // contract_term_months - computed: true, optional: false, required: false
  public get contractTermMonths() {
    return this.getNumberAttribute('contract_term_months');
  }

  // cost_centre - computed: true, optional: false, required: false
  public get costCentre() {
    return this.getStringAttribute('cost_centre');
  }

  // create_date - computed: true, optional: false, required: false
  public get createDate() {
    return this.getStringAttribute('create_date');
  }

  // created_by - computed: true, optional: false, required: false
  public get createdBy() {
    return this.getStringAttribute('created_by');
  }

  // distance_band - computed: true, optional: false, required: false
  public get distanceBand() {
    return this.getStringAttribute('distance_band');
  }

  // live_date - computed: true, optional: false, required: false
  public get liveDate() {
    return this.getStringAttribute('live_date');
  }

  // locked - computed: true, optional: false, required: false
  public get locked() {
    return this.getBooleanAttribute('locked');
  }

  // product_name - computed: true, optional: false, required: false
  public get productName() {
    return this.getStringAttribute('product_name');
  }

  // product_uid - computed: true, optional: false, required: false
  public get productUid() {
    return this.getStringAttribute('product_uid');
  }

  // provisioning_status - computed: true, optional: false, required: false
  public get provisioningStatus() {
    return this.getStringAttribute('provisioning_status');
  }

  // rate_limit - computed: true, optional: false, required: false
  public get rateLimit() {
    return this.getNumberAttribute('rate_limit');
  }

  // resource_tags - computed: true, optional: false, required: false
  private _resourceTags = new cdktf.StringMap(this, "resource_tags");
  public get resourceTags() {
    return this._resourceTags;
  }

  // secondary_name - computed: true, optional: false, required: false
  public get secondaryName() {
    return this.getStringAttribute('secondary_name');
  }

  // shutdown - computed: true, optional: false, required: false
  public get shutdown() {
    return this.getBooleanAttribute('shutdown');
  }
}

export class DataMegaportVxcsVxcsList extends cdktf.ComplexList {

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
  public get(index: number): DataMegaportVxcsVxcsOutputReference {
    return new DataMegaportVxcsVxcsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/vxcs megaport_vxcs}
*/
export class DataMegaportVxcs extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "megaport_vxcs";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataMegaportVxcs resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataMegaportVxcs to import
  * @param importFromId The id of the existing DataMegaportVxcs that should be imported. Refer to the {@link https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/vxcs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataMegaportVxcs to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "megaport_vxcs", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/vxcs megaport_vxcs} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataMegaportVxcsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataMegaportVxcsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'megaport_vxcs',
      terraformGeneratorMetadata: {
        providerName: 'megaport',
        providerVersionConstraint: '1.13.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._includeResourceTags = config.includeResourceTags;
    this._productUid = config.productUid;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // include_resource_tags - computed: false, optional: true, required: false
  private _includeResourceTags?: boolean | cdktf.IResolvable; 
  public get includeResourceTags() {
    return this.getBooleanAttribute('include_resource_tags');
  }
  public set includeResourceTags(value: boolean | cdktf.IResolvable) {
    this._includeResourceTags = value;
  }
  public resetIncludeResourceTags() {
    this._includeResourceTags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeResourceTagsInput() {
    return this._includeResourceTags;
  }

  // product_uid - computed: false, optional: true, required: false
  private _productUid?: string; 
  public get productUid() {
    return this.getStringAttribute('product_uid');
  }
  public set productUid(value: string) {
    this._productUid = value;
  }
  public resetProductUid() {
    this._productUid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get productUidInput() {
    return this._productUid;
  }

  // vxcs - computed: true, optional: false, required: false
  private __vxcs?: DataMegaportVxcsVxcsList;
  private get _vxcs(): DataMegaportVxcsVxcsList {
    return (this.__vxcs ??= new DataMegaportVxcsVxcsList(this, "vxcs", false));
  }
  public get vxcs() {
    return this._vxcs;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      include_resource_tags: cdktf.booleanToTerraform(this._includeResourceTags),
      product_uid: cdktf.stringToTerraform(this._productUid),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      include_resource_tags: {
        value: cdktf.booleanToHclTerraform(this._includeResourceTags),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      product_uid: {
        value: cdktf.stringToHclTerraform(this._productUid),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
