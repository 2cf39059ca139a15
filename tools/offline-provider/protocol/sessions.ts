/**
 * One provider instance per client connection. Terraform opens one gRPC connection per provider
 * instance it creates (one per aliased provider configuration, plus unconfigured ones for schemas
 * and validation). When Terraform starts the plugin itself, each process serves one connection;
 * when it reattaches to a plugin that outlives it (TF_REATTACH_PROVIDERS), every instance of every
 * run meets in one process. Keying state by connection keeps what ConfigureProvider set for one
 * alias (or one run) out of every other: e.g. two panos aliases aimed at two firewalls.
 */

/** The instances of one server, by the peer address of the connection (`127.0.0.1:<port>`). */
export class ConnectionSessions<T> {
  private readonly byPeer = new Map<string, T>();

  constructor(private readonly create: () => T) {}

  /** The instance of the connection from `peer`, created on its first call. */
  for(peer: string): T {
    let session = this.byPeer.get(peer);
    if (session === undefined) {
      session = this.create();
      this.byPeer.set(peer, session);
    }
    return session;
  }

  /** Forgets the connection from `peer` (it closed): a later connection from the same port starts afresh. */
  end(peer: string): void {
    this.byPeer.delete(peer);
  }

  /** How many connections hold an instance now. */
  get size(): number {
    return this.byPeer.size;
  }
}
