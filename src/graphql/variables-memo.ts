/**
 * What was worked out for a node of a parsed document with given variables. Apollo keeps a parsed
 * document for each query text it has seen, so the same text brings the same nodes; a front end
 * sends the same few operations with the same few variables all day. Variables too long to make a
 * cheap key are worked out every time, and a node's table is dropped when full, so a client
 * sending endless new variables holds at most `maxPerNode` answers for each document Apollo keeps.
 * The answer must depend on nothing but the node's document and `inputs`: the variables, and
 * anything else it reads (today's date, where a date left out means today).
 */
export class VariablesMemo<N extends object, V> {
  private readonly byNode = new WeakMap<N, Map<string, V>>();

  constructor(
    private readonly maxPerNode = 100,
    private readonly maxKeyLength = 2_000,
  ) {}

  of(node: N, inputs: unknown, make: () => V): V {
    const key = JSON.stringify(inputs ?? {});
    if (key.length > this.maxKeyLength) return make();
    let known = this.byNode.get(node);
    if (!known) this.byNode.set(node, (known = new Map()));
    if (known.has(key)) return known.get(key) as V;
    const made = make();
    if (known.size >= this.maxPerNode) known.clear();
    known.set(key, made);
    return made;
  }
}
