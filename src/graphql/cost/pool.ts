/**
 * A few slots for expensive requests, so that they queue among themselves instead of taking the
 * database (and the event loop) from cheap ones. A request waits for a slot up to a time it sets;
 * first come, first served.
 */
export class ExpensivePool {
  private inUse = 0;
  private readonly waiting: { grant: (release: () => void) => void }[] = [];

  constructor(readonly size: number) {}

  get busy(): number {
    return this.inUse;
  }

  /** A release function, or null when no slot came free within `waitMs`. */
  acquire(waitMs: number): Promise<(() => void) | null> {
    if (this.inUse < this.size) {
      this.inUse += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const entry = {
        grant: (release: () => void) => {
          clearTimeout(timer);
          resolve(release);
        },
      };
      const timer = setTimeout(
        () => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          resolve(null);
        },
        Math.max(0, waitMs),
      );
      this.waiting.push(entry);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line; it is never free in between.
      if (next) next.grant(this.releaser());
      else this.inUse -= 1;
    };
  }
}
