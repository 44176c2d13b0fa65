import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SourceDetail } from '../../data/store/event-store';
import { MemoryEventStore } from '../../data/store/memory-store';
import type { Dataset } from '../../domain/model/dataset';
import { minimalDataset } from '../../test/fixtures/minimal-dataset';
import { renderWithI18n } from '../../test/i18n';
import { SourceReader } from './source-reader';

// jsdom has no modal dialogs, no scrolling and no media queries: small stand-ins.
const scrolled = vi.fn();
const original = {
  showModal: HTMLDialogElement.prototype.showModal,
  close: HTMLDialogElement.prototype.close,
  scrollIntoView: Element.prototype.scrollIntoView,
  matchMedia: window.matchMedia,
};
let reducedMotion = false;
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    // Browsers queue the close event as a task.
    setTimeout(() => this.dispatchEvent(new Event('close')));
  };
  Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
    scrolled(this, options);
  };
  window.matchMedia = (query: string) =>
    ({ matches: reducedMotion && query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList;
});
afterAll(() => {
  Object.assign(HTMLDialogElement.prototype, { showModal: original.showModal, close: original.close });
  Element.prototype.scrollIntoView = original.scrollIntoView;
  window.matchMedia = original.matchMedia;
});

const openers: HTMLElement[] = [];
afterEach(() => {
  for (const opener of openers.splice(0)) opener.remove();
});

/** The minimal dataset plus a quote nested inside an excerpt, and a second line in the text. */
function dataset(): Dataset {
  const d = minimalDataset();
  const source = d.sources[0];
  if (source) source.text += '\nA second paragraph.';
  d.excerpts.push({ id: 'x-goal-she', source: 'wire-story', selector: { exact: '“We agree on the goal,” she added.' }, events: ['first-talks', 'second-talks'] });
  return d;
}

/** What the store gives the reader for the article `sourceId`. */
function sourceDetail(d: Dataset, sourceId = 'wire-story'): Promise<SourceDetail | null> {
  return new MemoryEventStore(d, 'test').source(sourceId);
}

async function renderReader(passageId = 'q-goal', onClose = vi.fn()) {
  const detail = await sourceDetail(dataset());
  const renderEventLink = (eventId: string, children: ReactNode) => <a href={`/events/${eventId}`}>{children}</a>;
  const opener = document.createElement('button');
  opener.textContent = 'Read in context';
  document.body.append(opener);
  openers.push(opener);
  opener.focus();
  const view = renderWithI18n(
    <SourceReader sourceId="wire-story" detail={detail} passageId={passageId} onClose={onClose} renderEventLink={renderEventLink} />,
    { reactStrictMode: true },
  );
  return { ...view, onClose, opener, text: detail?.source.text ?? '' };
}

/** A paragraph's text without the event links that follow passages: what the article itself says. */
function verbatim(paragraph: HTMLElement): string {
  const links = within(paragraph).queryAllByRole('link');
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!links.some((link) => link.contains(node))) text += node.textContent ?? '';
  }
  return text;
}

describe('SourceReader', () => {
  it('opens a modal dialog named by the headline, with the attribution', async () => {
    await renderReader();
    const dialog = screen.getByRole('dialog', { name: 'Ministers meet' });
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('heading', { level: 2, name: 'Ministers meet' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Test Wire · published 15 May 2019 (inferred: Day after the talks.)');
  });

  it('renders the article verbatim, one paragraph per line', async () => {
    const { text } = await renderReader();
    const body = screen.getByRole('region', { name: 'Full text' });
    const paragraphs = within(body).getAllByRole('paragraph');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.map(verbatim).join('\n')).toBe(text);
  });

  it('highlights the opened passage, focuses it and scrolls it to the centre', async () => {
    await renderReader('q-goal');
    const current = screen.getAllByRole('mark').filter((m) => m.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent(/^We agree on the goal,$/);
    expect(current[0]).toHaveFocus();
    expect(scrolled).toHaveBeenLastCalledWith(current[0], { block: 'center', behavior: 'smooth' });
  });

  it('does not scroll smoothly for readers who prefer reduced motion', async () => {
    reducedMotion = true;
    try {
      await renderReader('x-june');
      expect(scrolled).toHaveBeenLastCalledWith(expect.anything(), { block: 'center', behavior: 'auto' });
    } finally {
      reducedMotion = false;
    }
  });

  it('marks the other passages too, and only the opened one as current', async () => {
    await renderReader('x-goal-she');
    const marks = screen.getAllByRole('mark');
    expect(marks.map((m) => m.textContent)).toEqual(
      expect.arrayContaining(['The minister said Tuesday talks went well.', 'We agree on the goal,', 'Both sides met again in June.']),
    );
    const outer = marks.find((m) => m.getAttribute('aria-current') === 'true');
    expect(outer).toHaveTextContent('“We agree on the goal,” she added.');
    expect(within(outer as HTMLElement).queryByRole('mark')).toBeNull();
  });

  it('identifies a quote opened inside the excerpt that contains it', async () => {
    const d = dataset();
    d.quotes.push({ ...d.quotes[0]!, id: 'q-goal-she', selector: { exact: 'We agree on the goal,', suffix: '” she' } });
    const detail = await sourceDetail(d);
    renderWithI18n(
      <SourceReader sourceId="wire-story" detail={detail} passageId="q-goal-she" onClose={vi.fn()} renderEventLink={(_, c) => <a href="#e">{c}</a>} />,
    );
    const current = screen.getAllByRole('mark').find((m) => m.getAttribute('aria-current') === 'true') as HTMLElement;
    expect(current).toHaveTextContent(/^We agree on the goal,$/);
    const excerpt = current.parentElement?.closest('mark') as HTMLElement;
    expect(excerpt).not.toHaveAttribute('aria-current');
    expect(verbatim(excerpt)).toBe('“We agree on the goal,” she added.');
    expect(current).toHaveFocus();
  });

  it('links each passage to its events through renderEventLink', async () => {
    await renderReader();
    const first = screen.getAllByRole('link', { name: 'Event: First talks' });
    const second = screen.getAllByRole('link', { name: 'Event: Second talks' });
    // x-talks, q-goal, x-goal-she → first talks; x-goal-she, x-june → second talks.
    expect(first).toHaveLength(3);
    expect(second).toHaveLength(2);
    for (const link of first) expect(link).toHaveAttribute('href', '/events/first-talks');
    for (const link of second) expect(link).toHaveAttribute('href', '/events/second-talks');
  });

  it('stays open through Strict Mode running its effects twice', async () => {
    const { onClose } = await renderReader();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('asks the parent to close from the Close button and from Esc', async () => {
    const user = userEvent.setup();
    const { onClose } = await renderReader();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    screen.getByRole('dialog').dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('gives focus back to the opener when it unmounts', async () => {
    const { unmount, opener } = await renderReader();
    expect(opener).not.toHaveFocus();
    unmount();
    expect(opener).toHaveFocus();
  });

  it('says so when the passage is not in the article, and focuses Close', async () => {
    await renderReader('no-such-passage');
    expect(screen.getByText(/could not be found in this article/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(screen.getAllByRole('mark').some((m) => m.hasAttribute('aria-current'))).toBe(false);
  });

  it('says so when the dataset has no such article, and focuses Close', async () => {
    const detail = await sourceDetail(dataset(), 'no-such-source');
    expect(detail).toBeNull();
    renderWithI18n(<SourceReader sourceId="no-such-source" detail={detail} passageId="q-goal" onClose={vi.fn()} renderEventLink={(_, c) => c} />);
    expect(screen.getByRole('dialog', { name: 'Article not found' })).toHaveTextContent('This dataset has no article with the id “no-such-source”.');
    expect(screen.queryByRole('mark')).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });
});
