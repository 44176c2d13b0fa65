import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, useTransition } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/i18n';
import { SearchBox } from './search-box';

function setup(value = '', resultCount: number | null = null) {
  const onChange = vi.fn();
  const view = renderWithI18n(<SearchBox value={value} onChange={onChange} resultCount={resultCount} />);
  return { user: userEvent.setup(), onChange, view };
}

/** A parent that, like the router, commits the new query after the keystroke, in a transition. */
function SlowParent({ count }: { count: (q: string) => number }) {
  const [q, setQ] = useState('');
  const [, startTransition] = useTransition();
  const later = (next: string) => setTimeout(() => startTransition(() => setQ(next)), 5);
  return (
    <>
      <SearchBox value={q} onChange={later} resultCount={q ? count(q) : null} />
      <p>{q}</p>
    </>
  );
}

describe('SearchBox', () => {
  it('is a search landmark with a labelled search field', () => {
    setup();
    const input = screen.getByRole('searchbox', { name: 'Search events' });
    expect(screen.getByRole('search')).toContainElement(input);
    expect(input).toHaveAttribute('placeholder', 'Search titles, quotes, excerpts…');
  });

  it('reports the whole query on every keystroke', async () => {
    const { user, onChange } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'Sochi');
    expect(onChange.mock.calls.map(([q]) => q)).toEqual(['S', 'So', 'Soc', 'Soch', 'Sochi']);
  });

  it('keeps every keystroke when the parent updates the query later', async () => {
    // No pause between keys: each arrives before the previous query is committed.
    const user = userEvent.setup({ delay: null });
    renderWithI18n(<SlowParent count={() => 1} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'lavrov dialogue');
    expect(screen.getByRole('searchbox')).toHaveValue('lavrov dialogue');
    expect(await screen.findByText('lavrov dialogue')).toBeInTheDocument();
  });

  it('follows a query changed from outside (back button, links)', () => {
    const { view } = setup('sanctions');
    expect(screen.getByRole('searchbox')).toHaveValue('sanctions');
    view.rerender(<SearchBox value="hanoi" onChange={() => {}} resultCount={2} />);
    expect(screen.getByRole('searchbox')).toHaveValue('hanoi');
  });

  it('clears on Escape', async () => {
    const { user, onChange } = setup('sanctions');
    await user.type(screen.getByRole('searchbox'), '{Escape}');
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('has a clear button only when there is text, which clears and refocuses the field', async () => {
    const { user, onChange, view } = setup('');
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument();
    view.rerender(<SearchBox value="hanoi" onChange={onChange} resultCount={2} />);
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument();
  });

  it('announces the number of matches once typing pauses', async () => {
    const user = userEvent.setup();
    renderWithI18n(<SlowParent count={(q) => (q === 'sochi' ? 1 : 3)} />);
    const status = screen.getByRole('status');
    await user.type(screen.getByRole('searchbox'), 'sanc');
    expect(status).toBeEmptyDOMElement();
    await waitFor(() => expect(status).toHaveTextContent('3 events match'));
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'sochi');
    expect(status).not.toHaveTextContent('1 event');
    await waitFor(() => expect(status).toHaveTextContent('1 event matches'));
  });
});

