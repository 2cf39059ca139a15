// https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/mves
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataMegaportMvesConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether to fetch resource tags for each MVE. Enabling this causes an additional API call per MVE, which may be slow for accounts with many MVEs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/mves#include_resource_tags DataMegaportMves#include_resource_tags}
  */
  readonly includeResourceTags?: boolean | cdktf.IResolvable;
  /**
  * The unique identifier of a specific MVE to look up. If not provided, all active MVEs are returned.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/mves#product_uid DataMegaportMves#product_uid}
  */
  readonly productUid?: string;
}
export interface DataMegaportMvesMves {
}

export function dataMegaportMvesMvesToTerraform(struct?: DataMegaportMvesMves): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataMegaportMvesMvesToHclTerraform(struct?: DataMegaportMvesMves): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataMegaportMvesMvesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataMegaportMvesMves | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataMegaportMvesMves | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
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

  // diversity_zone - computed: true, optional: false, required: false
  public get diversityZone() {
    return this.getStringAttribute('diversity_zone');
  }

  // live_date - computed: true, optional: false, required: false
  public get liveDate() {
    return this.getStringAttribute('live_date');
  }

  // location_id - computed: true, optional: false, required: false
  public get locationId() {
    return this.getNumberAttribute('location_id');
  }

  // locked - computed: true, optional: false, required: false
  public get locked() {
    return this.getBooleanAttribute('locked');
  }

  // market - computed: true, optional: false, required: false
  public get market() {
    return this.getStringAttribute('market');
  }

  // marketplace_visibility - computed: true, optional: false, required: false
  public get marketplaceVisibility() {
    return this.getBooleanAttribute('marketplace_visibility');
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

  // resource_tags - computed: true, optional: false, required: false
  private _resourceTags = new cdktf.StringMap(this, "resource_tags");
  public get resourceTags() {
    return this._resourceTags;
  }

  // secondary_name - computed: true, optional: false, required: false
  public get secondaryName() {
    return this.getStringAttribute('secondary_name');
  }

  // size - computed: true, optional: false, required: false
  public get size() {
    return this.getStringAttribute('size');
  }

  // terminate_date - computed: true, optional: false, required: false
  public get terminateDate() {
    return this.getStringAttribute('terminate_date');
  }

  // vendor - computed: true, optional: false, required: false
  public get vendor() {
    return this.getStringAttribute('vendor');
  }

  // vxc_auto_approval - computed: true, optional: false, required: false
  public get vxcAutoApproval() {
    return this.getBooleanAttribute('vxc_auto_approval');
  }

  // vxc_permitted - computed: true, optional: false, required: false
  public get vxcPermitted() {
    return this.getBooleanAttribute('vxc_permitted');
  }
}

export class DataMegaportMvesMvesList extends cdktf.ComplexList {

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
  public get(index: number): DataMegaportMvesMvesOutputReference {
    return new DataMegaportMvesMvesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/mves megaport_mves}
*/
export class DataMegaportMves extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "megaport_mves";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataMegaportMves resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataMegaportMves to import
  * @param importFromId The id of the existing DataMegaportMves that should be imported. Refer to the {@link https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/mves#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataMegaportMves to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "megaport_mves", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/megaport/megaport/latest/docs/data-sources/mves megaport_mves} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataMegaportMvesConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataMegaportMvesConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'megaport_mves',
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

  // mves - computed: true, optional: false, required: false
  private __mves?: DataMegaportMvesMvesList;
  private get _mves(): DataMegaportMvesMvesList {
    return (this.__mves ??= new DataMegaportMvesMvesList(this, "mves", false));
  }
  public get mves() {
    return this._mves;
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
