/** Real OpenSSH public key lines for tests, made with node:crypto. */
import { generateKeyPairSync } from "node:crypto";

function sshString(data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, data]);
}

function mpint(base64url: string): Buffer {
  let bytes = Buffer.from(base64url, "base64url");
  if (bytes[0] & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return sshString(bytes);
}

const cache = new Map<number, string>();

/** An `ssh-rsa` public key line with a modulus of `bits` bits. */
export function sshRsaKey(bits = 2048): string {
  const cached = cache.get(bits);
  if (cached) return cached;
  const { publicKey } = generateKeyPairSync("rsa", { modulusLength: bits });
  const jwk = publicKey.export({ format: "jwk" }) as { n: string; e: string };
  const blob = Buffer.concat([sshString(Buffer.from("ssh-rsa")), mpint(jwk.e), mpint(jwk.n)]);
  const line = `ssh-rsa ${blob.toString("base64")} test@example`;
  cache.set(bits, line);
  return line;
}

/** An `ssh-ed25519` public key line. */
export function sshEd25519Key(): string {
  const { publicKey } = generateKeyPairSync("ed25519");
  const raw = (publicKey.export({ format: "der", type: "spki" }) as Buffer).subarray(-32);
  const blob = Buffer.concat([sshString(Buffer.from("ssh-ed25519")), sshString(raw)]);
  return `ssh-ed25519 ${blob.toString("base64")} test@example`;
}
