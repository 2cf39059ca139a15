/** Lets a boot phase end after a number of answered requests instead of after a time. */
export class AnswerGate {
  private waiter: { left: number; resolve: () => void } | undefined;

  /** Resolves once `count` more requests have been answered, or `open()` is called. */
  public after(count: number): Promise<void> {
    return new Promise((resolve) => (this.waiter = { left: count, resolve }));
  }

  /** Counts one answered request. */
  public answered(): void {
    if (this.waiter && --this.waiter.left <= 0) this.open();
  }

  /** Ends the current wait at once (the simulator stops, or a test fast-forwards the boot). */
  public open(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.resolve();
  }
}
