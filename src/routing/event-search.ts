import { isId } from '../domain/model/ids';
import { excerptOf, rawText, type Decoded, type UrlProblem } from './url-problems';

/** What an event page adds to the explorer's state: a quote or excerpt to highlight. */
export interface EventSearch {
  quote?: string;
}

export function decodeEventSearch(raw: Record<string, unknown>): Decoded<EventSearch> {
  const problems: UrlProblem[] = [];
  const value = rawText(raw, 'quote');
  let quote: string | undefined;
  if (value !== undefined) {
    if (isId(value)) quote = value;
    else problems.push({ code: 'quote-unreadable', value: excerptOf(value) });
  }
  return { search: { quote }, problems };
}
