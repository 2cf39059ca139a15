import { Annotations, Fn, Op } from "cdktf";
import { Construct } from "constructs";
import { dataMegaportLocation, dataMegaportMveImages, mve } from "../../.gen/providers/megaport";
import { exactlyOneOf, nonEmpty } from "../core/rules";
import { isLiteral, isUnresolved } from "../core/tokens";
import { optional, record, shapeIssues, text, type Shape } from "../core/shape";
import { Issues } from "../core/validation-error";
import {
  diversityZoneShape,
  imageShape,
  locationShape,
  productNameShape,
  productOptionFields,
  secretShape,
  sizeShape,
} from "./shapes";
import { checkProductOptions, preventsDestroy, productArguments, type ProductOptions } from "./product";
import { adminPasswordHash, diversityZone, mveSize, positiveId, sshRsa2048PublicKey } from "./rules";
import type { DiversityZone, MveSize } from "./rules";
import { guardMveReplacement, type GuardedValue } from "./replacement-guard";
import { VnicAttachments } from "./vnic-attachments";
import { PALO_ALTO_VNICS, vnicOf, type VnicRole } from "./vnic";

/** Where an MVE goes: a Megaport location id, or a location name looked up with `megaport_location`. */
export type LocationSelector =
  { readonly id: number; readonly name?: never } | { readonly name: string; readonly id?: never };

/** Which PAN-OS image: an image id, or a VM-Series version looked up with `megaport_mve_images`. */
export type ImageSelector =
  { readonly id: number; readonly version?: never } | { readonly version: string; readonly id?: never };

/** Props of a Palo Alto VM-Series MVE with the five vNICs an HA pair needs. */
export interface PaloAltoMveProps extends ProductOptions {
  /** Product name shown in the Megaport Portal, e.g. `syd-fw-0`. */
  readonly productName: string;
  /** Data centre to deploy in. */
  readonly location: LocationSelector;
  /** Product size (CPU, memory, throughput); both MVEs of a pair must match. */
  readonly size: MveSize;
  /** PAN-OS image; both MVEs of a pair must match. */
  readonly image: ImageSelector;
  /**
   * Megaport diversity zone, to keep the two firewalls apart.
   * @default - Megaport chooses
   */
  readonly diversityZone?: DiversityZone;
  /** OpenSSH RSA 2048-bit public key for the admin user (not secret; a literal is fine). */
  readonly sshPublicKey: string;
  /**
   * sha256-crypt hash of the initial admin password (`$5$…`). A secret: pass a sensitive
   * `TerraformVariable`'s value. A literal is accepted (and checked) but ends up in cdk.tf.json.
   */
  readonly adminPasswordHash: string;
  /**
   * PAN-OS licence (auth code) data. A secret: pass a sensitive `TerraformVariable`'s value.
   * @default - none; license the firewall later in PAN-OS
   */
  readonly licenseData?: string;
  /**
   * MVE label, e.g. `MVE 4/16`.
   * @default - none
   */
  readonly mveLabel?: string;
  /**
   * vNIC descriptions shown in the Megaport Portal. Changing one later replaces the MVE.
   * @default - see PALO_ALTO_VNICS
   */
  readonly vnicDescriptions?: Partial<Record<VnicRole, string>>;
}

/**
 * A Palo Alto Networks VM-Series MVE with five vNICs in the order mgmt, data, ha1, ha2, ha3
 * (`vnic_index` 0..4, see `PALO_ALTO_VNICS`). Plan-time preconditions check that the image is a
 * Palo Alto VM-Series image; the MVE is protected from destroy unless `preventDestroy` is false.
 */
export class PaloAltoMve extends Construct {
  /** The MVE resource. */
  public readonly resource: mve.Mve;
  /** The location data source (its `metro` feeds the pair's same-metro precondition). */
  public readonly locationData: dataMegaportLocation.DataMegaportLocation;
  /** The image data source (filtered by id, or by vendor, product and version). */
  public readonly imageData: dataMegaportMveImages.DataMegaportMveImages;
  /** Megaport product UID of the MVE, known after apply. */
  public readonly productUid: string;
  /** Megaport location id (a literal when given by id). */
  public readonly locationId: number;
  /** Metro of the location (from the location data source). */
  public readonly metro: string;
  /** Image id (a literal when given by id). */
  public readonly imageId: number;
  /** Product size as given. */
  public readonly size: MveSize;
  /** Product name as given. */
  public readonly productName: string;
  /** Which VXCs use which vNIC and VLAN; VXC constructs register here. */
  public readonly attachments: VnicAttachments;

  public constructor(scope: Construct, id: string, props: PaloAltoMveProps) {
    super(scope, id);
    validate(this, props);
    this.size = props.size;
    this.productName = props.productName;
    this.attachments = new VnicAttachments(this.node.path);

    this.locationData = new dataMegaportLocation.DataMegaportLocation(this, "location", {
      id: props.location.id,
      name: props.location.name,
    });
    this.locationId = props.location.id ?? this.locationData.id;
    this.metro = this.locationData.metro;

    this.imageData = new dataMegaportMveImages.DataMegaportMveImages(
      this,
      "image",
      props.image.id !== undefined
        ? { idFilter: props.image.id }
        : { vendorFilter: "Palo Alto", productFilter: "VM-Series", versionFilter: props.image.version },
    );
    const image = this.imageData.mveImages.get(0);
    this.imageId = props.image.id ?? image.id;

    this.resource = new mve.Mve(this, "mve", {
      productName: props.productName,
      locationId: this.locationId,
      diversityZone: props.diversityZone,
      ...productArguments(props),
      vendorConfig: {
        vendor: "palo_alto",
        imageId: this.imageId,
        productSize: props.size,
        mveLabel: props.mveLabel,
        sshPublicKey: props.sshPublicKey,
        adminPasswordHash: props.adminPasswordHash,
        licenseData: props.licenseData,
      },
      vnics: PALO_ALTO_VNICS.map((v) => ({ description: props.vnicDescriptions?.[v.role] ?? v.description })),
      lifecycle: {
        preventDestroy: preventsDestroy(props),
        precondition: [
          {
            condition: Op.eq(Fn.lengthOf(this.imageData.mveImages), 1),
            errorMessage: `${describeImage(props.image)} must match exactly one Megaport MVE image; check the ${props.image.id !== undefined ? "id" : "version"} against the megaport_mve_images data source.`,
          },
          {
            // try(): with no image, the check above reports it; `image` has no element to read.
            condition: Fn.try([Op.eq(Fn.upper(Fn.replace(image.vendor, " ", "_")), "PALO_ALTO"), true]),
            errorMessage: `${describeImage(props.image)} is not a Palo Alto Networks image; choose a Palo Alto VM-Series image.`,
          },
          {
            condition: Fn.try([Fn.strcontains(Fn.lower(image.product), "vm-series"), true]),
            errorMessage: `${describeImage(props.image)} is not a VM-Series image; choose a Palo Alto VM-Series image.`,
          },
          ...secretShapeChecks(props),
        ],
      },
    });
    this.productUid = this.resource.productUid;
    if (preventsDestroy(props)) {
      // try(): with no image, the image checks above speak, not an "Invalid index" from here.
      const imageId = props.image.id ?? (Fn.try([this.imageId, "(no image)"]) as unknown as number);
      guardMveReplacement(this, this.resource, replacementValues(props, this.locationId, imageId), {
        product: `MVE ${props.productName} (${this.node.path})`,
        vxcsOnIt: () => vxcsOn(this.attachments),
      });
    }

    if (isLiteral(props.adminPasswordHash) || (props.licenseData !== undefined && isLiteral(props.licenseData))) {
      Annotations.of(this).addWarning(
        "adminPasswordHash or licenseData is a literal string and will be written into cdk.tf.json; pass the value of a sensitive TerraformVariable instead.",
      );
    }
  }

  /** The Megaport `vnic_index` of a role (mgmt 0, data 1, ha1 2, ha2 3, ha3 4). */
  public vnicIndex(role: VnicRole): number {
    return vnicOf(role).index;
  }

  /** The PAN-OS interface a role appears as (management, ethernet1/1 … ethernet1/4). */
  public panosInterface(role: VnicRole): string {
    return vnicOf(role).panosInterface;
  }
}

/**
 * Plan-time shape checks of the SSH key and password hash when they are variables (synth-time
 * rules check literals). Preconditions, not variable validations: Terraform prints a variable's
 * value, sensitive or not, when its validation fails, and a mistyped hash may be the password.
 */
function secretShapeChecks(props: PaloAltoMveProps): Array<{ condition: unknown; errorMessage: string }> {
  const checks: Array<{ condition: unknown; errorMessage: string }> = [];
  if (isUnresolved(props.sshPublicKey)) {
    checks.push({
      condition: Fn.can(
        Fn.regex("^ssh-rsa[ ]AAAAB3NzaC1yc2E[A-Za-z0-9+/]+={0,2}( .*)?$", Fn.trimspace(props.sshPublicKey)),
      ),
      errorMessage:
        "The SSH public key must be one OpenSSH RSA line (ssh-rsa, then the base64 key); Megaport accepts only 2048-bit RSA keys (ssh-keygen -t rsa -b 2048).",
    });
  }
  if (isUnresolved(props.adminPasswordHash)) {
    checks.push({
      condition: Fn.can(
        Fn.regex("^[$]5[$](rounds=[0-9]+[$])?[./0-9A-Za-z]{1,16}[$][./0-9A-Za-z]{43}$", props.adminPasswordHash),
      ),
      errorMessage: "The admin password hash must be a sha256-crypt hash, as printed by mkpasswd -m sha-256.",
    });
  }
  return checks;
}

/**
 * The props whose change replaces the MVE (megaport 1.13.1: location_id, diversity_zone, vnics,
 * vendor_config). The secrets in vendor_config (SSH key, password hash, licence) replace it too but
 * are not recorded: no derivative of a secret goes into a terraform_data input. Their change meets
 * Terraform's own prevent_destroy error.
 */
function replacementValues(props: PaloAltoMveProps, locationId: number, imageId: number): GuardedValue[] {
  const vendor = "vendor_config";
  return [
    { key: "location", prop: "location", attribute: "location_id", value: locationId },
    { key: "diversity_zone", prop: "diversityZone", attribute: "diversity_zone", value: props.diversityZone },
    { key: "size", prop: "size", attribute: `${vendor} (product_size)`, value: props.size },
    { key: "image", prop: "image", attribute: `${vendor} (image_id)`, value: imageId },
    { key: "mve_label", prop: "mveLabel", attribute: vendor, value: props.mveLabel },
    {
      key: "vnics",
      prop: "vnicDescriptions",
      attribute: "vnics",
      value: PALO_ALTO_VNICS.map((v) => props.vnicDescriptions?.[v.role] ?? v.description).join(" | "),
    },
  ];
}

/** The VXCs on an MVE's vNICs, by role, e.g. `ha1: syd/network/ha1`. */
function vxcsOn(attachments: VnicAttachments): string {
  const owners = PALO_ALTO_VNICS.flatMap((v) => attachments.ownersOn(v.role).map((owner) => `${owner} (${v.role})`));
  return owners.length > 0 ? owners.join(", ") : "none yet";
}

function describeImage(image: ImageSelector): string {
  return image.id !== undefined ? `MVE image id ${image.id}` : `Palo Alto VM-Series image version ${image.version}`;
}

const description = optional(text({ max: 255, fix: "give a short description or leave it unset" }));

/** PaloAltoMveProps at run time. */
const mveShape: Shape = record({
  ...productOptionFields,
  productName: productNameShape,
  location: locationShape,
  size: sizeShape,
  image: imageShape,
  diversityZone: optional(diversityZoneShape),
  sshPublicKey: secretShape("an OpenSSH RSA public key line", "pass the .pub line (or a TerraformVariable's value)"),
  adminPasswordHash: secretShape("a sha256-crypt hash", "pass a sensitive TerraformVariable's value"),
  licenseData: optional(secretShape("licence data", "pass a sensitive TerraformVariable's value")),
  mveLabel: optional(text({ max: 100, fix: "give a short label or leave it unset" })),
  vnicDescriptions: optional(
    record({ mgmt: description, data: description, ha1: description, ha2: description, ha3: description }),
  ),
});

function validate(scope: Construct, props: PaloAltoMveProps): void {
  // Shape first (types, presence, enums, tokens): the rules below may then rely on it.
  new Issues(scope.node.path).addAll(shapeIssues(props, mveShape)).throwIfAny();
  const issues = new Issues(scope.node.path);
  issues.add(nonEmpty("productName", props.productName, "give the MVE a product name"));
  const location = props.location as { id?: number; name?: string };
  issues.add(
    exactlyOneOf(
      "location",
      location,
      ["id", "name"],
      "{ id: <Megaport location id> } or { name: <location name> }",
      "give the location id (preferred) or its exact name",
    ),
  );
  issues.add(positiveId("location.id", location.id, "location"));
  issues.add(nonEmpty("location.name", location.name, "give the exact Megaport location name"));
  const image = props.image as { id?: number; version?: string };
  issues.add(
    exactlyOneOf(
      "image",
      image,
      ["id", "version"],
      '{ id: <image id> } or { version: "<PAN-OS version>" }',
      'give the PAN-OS version, e.g. { version: "10.2.9-h1" }',
    ),
  );
  issues.add(positiveId("image.id", image.id, "MVE image"));
  issues.add(nonEmpty("image.version", image.version, 'give a PAN-OS version such as "10.2.9-h1"'));
  issues.add(mveSize("size", props.size));
  issues.add(diversityZone("diversityZone", props.diversityZone));
  issues.add(sshRsa2048PublicKey("sshPublicKey", props.sshPublicKey));
  issues.add(adminPasswordHash("adminPasswordHash", props.adminPasswordHash));
  for (const [role, description] of Object.entries(props.vnicDescriptions ?? {})) {
    issues.add(nonEmpty(`vnicDescriptions.${role}`, description, "give a description or leave it unset"));
  }
  checkProductOptions(issues, props);
  issues.throwIfAny();
}
