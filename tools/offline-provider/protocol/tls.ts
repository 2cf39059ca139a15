import { ServerCredentials } from "@grpc/grpc-js";
import { createPrivateKey, randomBytes, webcrypto } from "node:crypto";

/**
 * go-plugin AutoMTLS: Terraform passes its client certificate in PLUGIN_CLIENT_CERT and trusts
 * the server certificate the handshake line carries, dialling with server name "localhost". The
 * server certificate follows go-plugin's own template (self-signed ECDSA P-256, CA, SAN localhost,
 * server + client auth). Without PLUGIN_CLIENT_CERT (TF_DISABLE_PLUGIN_TLS=1) the channel is
 * plaintext, and @peculiar/x509 (about 100 ms to load) is never loaded.
 */

/** The server's credentials and, with mTLS, its certificate for the handshake line. */
export interface ServerTransport {
  readonly credentials: ServerCredentials;
  /** DER, base64 without padding (Go's RawStdEncoding), as the handshake line carries it. */
  readonly certificateForHandshake?: string;
}

/** Plaintext when Terraform sent no client certificate, mutual TLS otherwise. */
export async function serverTransport(clientCertificatePem: string | undefined): Promise<ServerTransport> {
  if (!clientCertificatePem) return { credentials: ServerCredentials.createInsecure() };
  const { certificatePem, privateKeyPem, certificateDer } = await createServerCertificate();
  return {
    credentials: ServerCredentials.createSsl(
      Buffer.from(clientCertificatePem),
      [{ private_key: Buffer.from(privateKeyPem), cert_chain: Buffer.from(certificatePem) }],
      true,
    ),
    certificateForHandshake: certificateDer.toString("base64").replace(/=+$/, ""),
  };
}

/** A fresh self-signed certificate for "localhost" in go-plugin's template. */
export async function createServerCertificate(): Promise<{
  certificatePem: string;
  privateKeyPem: string;
  certificateDer: Buffer;
}> {
  // @peculiar/x509 needs the Reflect metadata polyfill loaded first.
  await import("reflect-metadata");
  const x509 = await import("@peculiar/x509");
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const algorithm = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };
  type KeyPair = Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]["keys"];
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"])) as unknown as KeyPair;
  const now = Date.now();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomBytes(16)
      .toString("hex")
      .replace(/^[89a-f]/, "1"),
    name: "CN=localhost, O=HashiCorp",
    notBefore: new Date(now - 30_000),
    notAfter: new Date(now + 262_980 * 3_600_000),
    signingAlgorithm: algorithm,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature |
          x509.KeyUsageFlags.keyEncipherment |
          x509.KeyUsageFlags.keyAgreement |
          x509.KeyUsageFlags.keyCertSign,
        true,
      ),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: "dns", value: "localhost" }]),
    ],
  });
  const pkcs8 = await webcrypto.subtle.exportKey("pkcs8", keys.privateKey as unknown as webcrypto.CryptoKey);
  const privateKeyPem = createPrivateKey({ key: Buffer.from(pkcs8), format: "der", type: "pkcs8" })
    .export({ type: "pkcs8", format: "pem" })
    .toString();
  return {
    certificatePem: certificate.toString("pem"),
    privateKeyPem,
    certificateDer: Buffer.from(certificate.rawData),
  };
}
