/** A binary min-heap of events ordered by day, then kind, then insertion: the allocation simulation's clock. */
export interface TimedEvent {
  day: number;
  /** Within a day: lower first (places are freed before they are taken). */
  order: number;
  sequence: number;
}

export class EventQueue<T extends TimedEvent> {
  private readonly heap: T[] = [];
  private counter = 0;

  /** Adds an event; its `sequence` is set here (pass 0). */
  push(item: T): void {
    item.sequence = this.counter++;
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as T, heap[parent] as T)) break;
      [heap[i], heap[parent]] = [heap[parent] as T, heap[i] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && before(heap[left] as T, heap[smallest] as T)) smallest = left;
      if (right < heap.length && before(heap[right] as T, heap[smallest] as T)) smallest = right;
      if (smallest === i) return top;
      [heap[i], heap[smallest]] = [heap[smallest] as T, heap[i] as T];
      i = smallest;
    }
  }

  get size(): number {
    return this.heap.length;
  }
}

function before(a: TimedEvent, b: TimedEvent): boolean {
  if (a.day !== b.day) return a.day < b.day;
  if (a.order !== b.order) return a.order < b.order;
  return a.sequence < b.sequence;
}
