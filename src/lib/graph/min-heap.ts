/** A binary heap of items by a number, smallest first: Kahn's ready boxes, thousands of them unfolded. */
export class MinHeap<T> {
  #items: T[] = [];
  readonly rank: (item: T) => number;
  constructor(rank: (item: T) => number) {
    this.rank = rank;
  }
  get size() {
    return this.#items.length;
  }
  push(item: T): void {
    const a = this.#items;
    a.push(item);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.rank(a[parent]) <= this.rank(a[i])) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): T {
    const a = this.#items;
    const top = a[0];
    const end = a.pop()!;
    if (a.length > 0) {
      a[0] = end;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < a.length && this.rank(a[l]) < this.rank(a[m])) m = l;
        if (r < a.length && this.rank(a[r]) < this.rank(a[m])) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
