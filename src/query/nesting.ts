/**
 * How deep a resolver is reading a question's parts as questions of their own ("the talk after
 * the one on kafka", a part left out). Real questions go four deep at most; each level may read
 * its part twice or three times, so a chain typed over and over must stop somewhere.
 */
const MAX_DEPTH = 6;

export class Nesting {
  private depth = 0;
  private leavingOut = 0;

  /** `read` one level deeper, or `tooDeep` past `MAX_DEPTH`. */
  deeper<T>(read: () => T, tooDeep: T): T {
    if (this.depth >= MAX_DEPTH) return tooDeep;
    return this.counted('depth', read);
  }

  /** `read` of a part left out ("except …"), inside which nothing more is left out. */
  leftOut<T>(read: () => T): T {
    return this.counted('leavingOut', read);
  }

  /**
   * Whether a part left out is being read: its own "except …" is ignored ("talks except kafka
   * except …"), as each level read the rest twice again and thirty of them took minutes.
   */
  get inLeftOut(): boolean {
    return this.leavingOut > 0;
  }

  private counted<T>(counter: 'depth' | 'leavingOut', read: () => T): T {
    this[counter]++;
    try {
      return read();
    } finally {
      this[counter]--;
    }
  }
}
