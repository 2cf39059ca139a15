/** One firewall's op commands for one verify run: each command sent once, and none after the device stops answering. */
import { type XmlElement } from "../xmlspec/xml";
import { transportFailure, type Outcome } from "./outcome";
import { readOpResponse } from "./response";
import type { FirewallTarget } from "./types";
import { PanosAuthError, PanosTlsError } from "../xmlapi/errors";

export class DeviceChannel {
  private readonly answers = new Map<string, Promise<Outcome<XmlElement>>>();
  private stoppedReason: string | undefined;

  constructor(private readonly target: FirewallTarget) {}

  /** The firewall's address as given. */
  get host(): string {
    return this.target.host;
  }

  /** The reason the firewall stopped answering, once a request has failed in transport. */
  get unreachable(): string | undefined {
    return this.stoppedReason;
  }

  /**
   * Sends an op command and reads its `result`. A transport failure (the client already retried) ends
   * the run for this firewall: later commands are not sent and report the same reason.
   */
  run(cmd: string): Promise<Outcome<XmlElement>> {
    let answer = this.answers.get(cmd);
    if (!answer) {
      answer = this.send(cmd);
      this.answers.set(cmd, answer);
    }
    return answer;
  }

  private async send(cmd: string): Promise<Outcome<XmlElement>> {
    if (this.stoppedReason !== undefined) return transportFailure(this.stoppedReason);
    let body: string;
    try {
      body = await this.target.op(cmd);
    } catch (error) {
      this.stoppedReason ??= stopReason(this.target.host, error);
      return transportFailure(this.stoppedReason);
    }
    return readOpResponse(body);
  }
}

/** Why a firewall could not be asked: refused credentials and untrusted certificates are not "no answer". */
function stopReason(host: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof PanosAuthError) return `credentials rejected: ${message}`;
  if (error instanceof PanosTlsError) return `no trusted TLS connection to ${host}: ${message}`;
  return `no answer from ${host}: ${message}`;
}
