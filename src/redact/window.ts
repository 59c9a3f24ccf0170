// A reusable view of one window (consecutive groups of a chain) handed to the window recognisers.
// Must never allocate per window beyond the compact slice, and never expose anything outside the scan text.
import { SEPARATORS, type Chain } from './scan';

/** True when a window starting at group `first` has a boundary before it (see boundaryBefore). */
export function boundaryBeforeGroup(chain: Chain, first: number): boolean {
  if (first === 0) return true;
  const g = first - 1;
  const kind = chain.separatorKind[g];
  return (chain.starts[g + 1] ?? 0) - (chain.ends[g] ?? 0) >= 3 || kind === 3 || kind === 4;
}

/** True when a window ending at group `last` has a boundary after it (see boundaryAfter). */
export function boundaryAfterGroup(chain: Chain, last: number): boolean {
  if (last === chain.size - 1) return true;
  const g = last;
  return (chain.starts[g + 1] ?? 0) - (chain.ends[g] ?? 0) >= 3 || chain.separatorKind[g] === 3;
}

export class WindowView {
  text = '';
  chain!: Chain;
  first = 0;
  last = 0;
  private compactCache: string | null = null;
  private shapeCache: string | null = null;
  /** Span to report; recognisers may widen it (a phone's "+" or "("). */
  outStart = 0;
  outEnd = 0;
  /** Memo for costly validations within one detect() call (dropped with the view). */
  readonly memo = new Map<string, boolean>();

  set(text: string, chain: Chain, first: number, last: number): void {
    this.text = text;
    this.chain = chain;
    this.first = first;
    this.last = last;
    this.compactCache = null;
    this.shapeCache = null;
    this.outStart = chain.starts[first] ?? 0;
    this.outEnd = chain.ends[last] ?? 0;
  }

  get start(): number {
    return this.chain.starts[this.first] ?? 0;
  }
  get end(): number {
    return this.chain.ends[this.last] ?? 0;
  }
  get groupCount(): number {
    return this.last - this.first + 1;
  }
  /** Groups concatenated without separators, as written (case kept). Built on first use. */
  get compact(): string {
    if (this.compactCache === null) {
      const chain = this.chain;
      if (this.first === this.last) {
        this.compactCache = this.text.slice(chain.starts[this.first], chain.ends[this.first]);
      } else {
        const offsets = chain.compactOffsets;
        this.compactCache = chain
          .compactText(this.text)
          .slice(offsets[this.first] ?? 0, offsets[this.last + 1] ?? 0);
      }
    }
    return this.compactCache;
  }
  /** Length of `compact`, without building it. */
  get compactLength(): number {
    const offsets = this.chain.compactOffsets;
    return (offsets[this.last + 1] ?? 0) - (offsets[this.first] ?? 0);
  }
  get raw(): string {
    return this.text.slice(this.start, this.end);
  }
  get digitsOnly(): boolean {
    for (let g = this.first; g <= this.last; g++) if (this.chain.hasLetter[g]) return false;
    return true;
  }
  groupLength(k: number): number {
    const g = this.first + k;
    return (this.chain.ends[g] ?? 0) - (this.chain.starts[g] ?? 0);
  }
  /** Group lengths joined with "-", e.g. "3-2-4" for a dashed SSN. */
  get shape(): string {
    if (this.shapeCache === null) {
      let s = '';
      for (let k = 0; k < this.groupCount; k++) s += (k === 0 ? '' : '-') + this.groupLength(k);
      this.shapeCache = s;
    }
    return this.shapeCache;
  }
  /** Index into SEPARATORS of the separator between group k and k+1 of the window. */
  separatorKind(k: number): number {
    return this.chain.separatorKind[this.first + k] ?? 0;
  }
  /** Length of the separator text between group k and k+1 of the window, blanks included. */
  separatorLength(k: number): number {
    const g = this.first + k;
    return (this.chain.starts[g + 1] ?? 0) - (this.chain.ends[g] ?? 0);
  }
  /** The separator text between group k and k+1, trimmed of blanks (may be ""). */
  separator(k: number): string {
    return SEPARATORS[this.separatorKind(k)] ?? '';
  }
  /** True when every separator is the same trimmed string (e.g. all "-", or all blanks). */
  get uniformSeparators(): boolean {
    const kinds = this.chain.separatorKind;
    const k0 = kinds[this.first];
    for (let g = this.first + 1; g < this.last; g++) if (kinds[g] !== k0) return false;
    return true;
  }
  /** True when the window is the whole chain (nothing glued before or after). */
  get wholeChain(): boolean {
    return this.first === 0 && this.last === this.chain.size - 1;
  }
  /** True when the window starts the chain or follows a wide or "/" / "(" separator (a list of numbers). */
  get boundaryBefore(): boolean {
    return boundaryBeforeGroup(this.chain, this.first);
  }
  /** True when the window ends the chain or precedes a wide or "/" separator. */
  get boundaryAfter(): boolean {
    return boundaryAfterGroup(this.chain, this.last);
  }
  charBefore(offset = 1): number {
    return this.text.charCodeAt(this.start - offset);
  }
  charAfter(): number {
    return this.text.charCodeAt(this.end);
  }
}

export interface WindowRecogniser {
  entity: string;
  /** Position in the registry (recognisers/index.ts sets it), for per-recogniser tables. */
  id?: number;
  minLength: number;
  maxLength: number;
  /** Most groups the value may be written in. */
  maxGroups: number;
  /** Fewest groups (default 1). */
  minGroups?: number;
  /** 'digits': only windows without letters; 'letters': only windows with a letter; default: any. */
  chars?: 'digits' | 'letters';
  /** Only offered windows with boundaryBefore and boundaryAfter (match() may still check them). */
  needsBoundaries?: boolean;
  /** Context words (lower case; English matched at a word start, Chinese anywhere) that raise the score. */
  context?: readonly string[];
  /** Words that lower the score besides the shared negative ones ("firmware" before a dotted quad). */
  negativeContext?: readonly string[];
  /** Base score when valid, 0 when not. May widen w.outStart / w.outEnd. */
  match(this: void, w: WindowView): number;
}
