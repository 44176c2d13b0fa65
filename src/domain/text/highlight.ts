import { foldWord, forEachWord, isApostrophe } from './words';

export interface TextRun {
  text: string;
  match: boolean;
}

/** The longest prefix of `word` (cut between code points) whose folded form is one of `terms`. */
function matchedLength(word: string, terms: ReadonlySet<string>): number {
  if (terms.has(foldWord(word))) return word.length;
  let best = 0;
  let cut = 0;
  for (const char of word) {
    cut += char.length;
    if (cut < word.length && terms.has(foldWord(word.slice(0, cut)))) best = cut;
  }
  // The longest cut keeps combining marks with their letter; a trailing apostrophe is not marked.
  while (best > 0 && isApostrophe(word.charCodeAt(best - 1))) best -= 1;
  return best;
}

/**
 * Splits `text` into runs, marking words (or the start of words) that fold to one of `terms`.
 * Joining the runs' text gives back `text` exactly.
 */
export function highlightTerms(text: string, terms: readonly string[]): TextRun[] {
  const wanted = new Set(terms.map(foldWord).filter(Boolean));
  if (wanted.size === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  const runs: TextRun[] = [];
  let from = 0;
  const push = (to: number, match: boolean) => {
    if (to > from) runs.push({ text: text.slice(from, to), match });
    from = to;
  };
  forEachWord(text, (start, end) => {
    const length = matchedLength(text.slice(start, end), wanted);
    if (length === 0) return;
    push(start, false);
    push(start + length, true);
  });
  push(text.length, false);
  return runs;
}
