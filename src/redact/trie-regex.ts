// Builds regex source for a list of literal words factored like a trie ("dia(?:betes|betic|gnosis)"),
// which V8 matches far faster than a flat alternation. Must never emit anything but literals, non-capturing
// groups, alternation and the caller's fixed tails (lookaheads), so the result stays linear-time, and never
// reorder what a word matches.

interface CharNode {
  next: Map<string, CharNode>;
  /** Source emitted where a word ends here (see `tailOf`), or null when none does. */
  tail: string | null;
}

const SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

/**
 * Source matching any of `words`. At each node the longer continuations come before ending there, so the
 * first alternative that also passes a following check is the longest acceptable word. `space`, when
 * given, is the source used for a " " in a word (e.g. a class that also accepts line breaks). `tailOf`,
 * when given, is source that must follow a word where it ends (a lookahead such as "(?![a-z])"); where
 * two words end at one node, one without a tail makes the ending unconditional.
 */
export function trieSource(
  words: Iterable<string>,
  space = ' ',
  tailOf: (word: string) => string = () => '',
): string {
  const root: CharNode = { next: new Map(), tail: null };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { next: new Map(), tail: null };
        node.next.set(ch, child);
      }
      node = child;
    }
    const tail = tailOf(word);
    node.tail = node.tail === '' || tail === '' ? '' : (node.tail ?? tail);
  }
  const escape = (ch: string): string => (ch === ' ' ? space : ch.replace(SPECIAL, '\\$&'));
  const source = (node: CharNode): string => {
    const parts = [...node.next].map(([ch, child]) => escape(ch) + source(child));
    if (parts.length === 0) return node.tail ?? '';
    if (node.tail !== null) parts.push(node.tail);
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  };
  return source(root);
}
