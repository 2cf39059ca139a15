/** How the panos provider and the `mve-ha` CLI reach one firewall's management API. */
export interface ManagementApiProps {
  /**
   * Management address of the firewall (IPv4 address or DNS name). A token from the network stack
   * (the Megaport Internet connection's address) is fine.
   */
  readonly host: string;
  /** TCP port of the XML API. @default 443 */
  readonly port?: number;
  /** Protocol of the XML API. @default "https" */
  readonly protocol?: "https" | "http";
  /**
   * PEM file of the CA that signed the firewall's certificate, passed to `mve-ha --ca-file`. The
   * panos provider has no CA option: on Linux, point `SSL_CERT_FILE` at the same file for it.
   * @default - the system trust store
   */
  readonly caFile?: string;
  /**
   * Skip TLS certificate verification, for the provider (`skip_verify_certificate`) and the CLI
   * (`--insecure`), e.g. while the VM-Series still has its self-signed certificate.
   * @default false
   */
  readonly insecureSkipVerify?: boolean;
  /** Upper bounds for each `mve-ha` run. @default - see CliTimeoutsProps */
  readonly timeouts?: CliTimeoutsProps;
}

/** Upper bounds, in seconds, for each `mve-ha` run a provisioner starts. */
export interface CliTimeoutsProps {
  /** `mve-ha apply` (HA, vsys import). @default 600 */
  readonly applySeconds?: number;
  /** `mve-ha commit`, including the wait for the job and HA config sync. @default 1200 */
  readonly commitSeconds?: number;
  /** `mve-ha prepare`: waiting for PAN-OS to boot, apply, commit, reboot, wait again. @default 3600 */
  readonly prepareSeconds?: number;
}
