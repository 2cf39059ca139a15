/**
 * Certificates for the simulator's HTTPS: one throw-away CA per test process (so that linked
 * simulators on different loopback addresses share one CA file) and a server certificate per
 * address, with the address as an IP subject alternative name.
 */
import "reflect-metadata";
import { randomBytes, webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
const crypto = webcrypto;
type KeyPair = webcrypto.CryptoKeyPair;

interface Authority {
  readonly keys: KeyPair;
  readonly certificate: x509.X509Certificate;
}

/** A server's certificate and key, plus the CA that signed it (all PEM). */
export interface ServerCredentials {
  readonly caPem: string;
  readonly certPem: string;
  readonly keyPem: string;
}

let authority: Promise<Authority> | undefined;

function validity(): { notBefore: Date; notAfter: Date } {
  const now = Date.now();
  return { notBefore: new Date(now - 60_000), notAfter: new Date(now + 24 * 3600_000) };
}

async function createAuthority(): Promise<Authority> {
  const keys = (await crypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"])) as KeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: "01",
      name: "CN=mve-ha simulator test CA",
      keys,
      signingAlgorithm: ALGORITHM,
      ...validity(),
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
      ],
    },
    crypto,
  );
  return { keys, certificate };
}

function pem(label: string, der: ArrayBuffer): string {
  const base64 = Buffer.from(der)
    .toString("base64")
    .replace(/(.{64})/g, "$1\n");
  return `-----BEGIN ${label}-----\n${base64.trimEnd()}\n-----END ${label}-----\n`;
}

/** A certificate for `address` (an IP literal) signed by the process-wide test CA. */
export async function serverCredentials(address: string): Promise<ServerCredentials> {
  authority ??= createAuthority();
  const ca = await authority;
  const keys = (await crypto.subtle.generateKey(ALGORITHM, true, ["sign", "verify"])) as KeyPair;
  const certificate = await x509.X509CertificateGenerator.create(
    {
      serialNumber: `7f${randomBytes(8).toString("hex")}`,
      subject: `CN=${address}`,
      issuer: ca.certificate.subject,
      publicKey: keys.publicKey,
      signingKey: ca.keys.privateKey,
      signingAlgorithm: ALGORITHM,
      ...validity(),
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
        new x509.SubjectAlternativeNameExtension([{ type: "ip", value: address }]),
      ],
    },
    crypto,
  );
  return {
    caPem: ca.certificate.toString("pem"),
    certPem: certificate.toString("pem"),
    keyPem: pem("PRIVATE KEY", await crypto.subtle.exportKey("pkcs8", keys.privateKey)),
  };
}
