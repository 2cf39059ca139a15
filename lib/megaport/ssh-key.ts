/**
 * Reads an OpenSSH public key line (`ssh-rsa AAAA… comment`) far enough to tell its type and,
 * for RSA, its modulus size, from the key's own wire encoding (RFC 4253 §6.6).
 */

/** What a public key line holds. */
export interface SshPublicKeyInfo {
  /** Key type named at the start of the line, e.g. `ssh-rsa`. */
  readonly type: string;
  /** RSA modulus size in bits; undefined for other key types. */
  readonly rsaBits?: number;
}

function readString(buffer: Buffer, offset: number): { value: Buffer; next: number } | undefined {
  if (offset + 4 > buffer.length) return undefined;
  const length = buffer.readUInt32BE(offset);
  const end = offset + 4 + length;
  if (end > buffer.length) return undefined;
  return { value: buffer.subarray(offset + 4, end), next: end };
}

function bitLength(mpint: Buffer): number {
  let i = 0;
  while (i < mpint.length && mpint[i] === 0) i++; // mpint may carry a leading 0x00 sign byte
  if (i === mpint.length) return 0;
  return (mpint.length - i - 1) * 8 + (32 - Math.clz32(mpint[i]));
}

/** Parses a public key line; undefined when it is not one (wrong shape, bad base64, type mismatch). */
export function parseSshPublicKey(line: string): SshPublicKeyInfo | undefined {
  const match = /^(\S+) ([A-Za-z0-9+/]+={0,2})(?: .*)?$/.exec(line.trim());
  if (!match) return undefined;
  const [, type, base64] = match;
  const blob = Buffer.from(base64, "base64");
  const name = readString(blob, 0);
  if (!name || name.value.toString("latin1") !== type) return undefined;
  if (type !== "ssh-rsa") return { type };
  const exponent = readString(blob, name.next);
  const modulus = exponent && readString(blob, exponent.next);
  if (!modulus || modulus.next !== blob.length) return undefined;
  return { type, rsaBits: bitLength(modulus.value) };
}
