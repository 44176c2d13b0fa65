import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../domain/model/dataset';
import type { ActorGroup } from '../../domain/explore/filter';
import { renderWithI18n } from '../../test/i18n';
import { ActorFilter } from './actor-filter';

const actor = (id: string, name: string, kind: Actor['kind']): Actor => ({ id, name, kind, role: null, affiliation: null, aliases: [] });

const GROUPS: ActorGroup[] = [
  {
    kind: 'person',
    actors: [
      { actor: actor('mike-pompeo', 'Mike Pompeo', 'person'), count: 4 },
      { actor: actor('sergey-lavrov', 'Sergey Lavrov', 'person'), count: 1 },
    ],
  },
  { kind: 'state', actors: [{ actor: actor('russia', 'Russia', 'state'), count: 4 }] },
  { kind: 'organisation', actors: [{ actor: actor('united-nations', 'United Nations', 'organisation'), count: 1 }] },
];

function setup(props: Partial<Parameters<typeof ActorFilter>[0]> = {}) {
  const handlers = { onToggle: vi.fn(), onMatchChange: vi.fn(), onClear: vi.fn() };
  renderWithI18n(<ActorFilter groups={GROUPS} selected={[]} match="any" shownCount={7} totalCount={7} {...handlers} {...props} />);
  return { user: userEvent.setup(), ...handlers };
}

describe('ActorFilter', () => {
  it('is a group named "Actors" with a group per kind', () => {
    setup();
    const actors = screen.getByRole('group', { name: 'Actors' });
    for (const kind of ['People', 'States', 'Organisations']) {
      expect(within(actors).getByRole('group', { name: kind })).toBeInTheDocument();
    }
    const people = within(actors).getByRole('group', { name: 'People' });
    const [first, second] = within(people).getAllByRole('checkbox');
    expect(first).toHaveAccessibleName('Mike Pompeo, 4 events');
    expect(second).toHaveAccessibleName('Sergey Lavrov, 1 event');
  });

  it('orders actors with equal counts by name, as an English reader sorts names', () => {
    // The store gives equal counts in id order; the filter orders them for its reader (accents aside).
    const people: ActorGroup = {
      kind: 'person',
      actors: [
        { actor: actor('a-zhou', 'Zhou Enlai', 'person'), count: 2 },
        { actor: actor('b-emile', 'Émile Zola', 'person'), count: 2 },
        { actor: actor('c-abe', 'Abe', 'person'), count: 3 },
      ],
    };
    setup({ groups: [people] });
    const names = within(screen.getByRole('group', { name: 'People' }))
      .getAllByRole('checkbox')
      .map((box) => box.getAttribute('aria-label'));
    expect(names).toEqual(['Abe, 3 events', 'Émile Zola, 2 events', 'Zhou Enlai, 2 events']);
  });

  it('names each checkbox by the actor, then the number of events', () => {
    setup({ selected: ['russia'] });
    expect(screen.getByRole('checkbox', { name: 'Mike Pompeo, 4 events' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Sergey Lavrov, 1 event' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Russia/ })).toBeChecked();
  });

  it('reports ticking and unticking a checkbox', async () => {
    const { user, onToggle } = setup({ selected: ['russia'] });
    await user.click(screen.getByRole('checkbox', { name: /Mike Pompeo/ }));
    expect(onToggle).toHaveBeenLastCalledWith('mike-pompeo', true);
    await user.click(screen.getByText('Russia'));
    expect(onToggle).toHaveBeenLastCalledWith('russia', false);
  });

  it('switches between any and all selected actors', async () => {
    const { user, onMatchChange } = setup({ selected: ['mike-pompeo', 'sergey-lavrov'] });
    const match = screen.getByRole('group', { name: 'Match' });
    expect(within(match).getByRole('radio', { name: 'Any selected actor' })).toBeChecked();
    await user.click(within(match).getByRole('radio', { name: 'All selected actors' }));
    expect(onMatchChange).toHaveBeenCalledWith('all');
  });

  it('explains that "all" needs two or more actors', () => {
    setup({ selected: ['russia'] });
    expect(screen.getByRole('group', { name: 'Match' })).toHaveAccessibleDescription(/two or more actors/);
  });

  it('disables Clear until something is selected', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Clear actor filter' })).toBeDisabled();
  });

  it('clears the selection and keeps focus in the filter', async () => {
    const { user, onClear } = setup({ selected: ['russia', 'mike-pompeo'] });
    const clear = screen.getByRole('button', { name: 'Clear actor filter' });
    expect(clear).toBeEnabled();
    await user.click(clear);
    expect(onClear).toHaveBeenCalledOnce();
    expect(screen.getByRole('checkbox', { name: /Mike Pompeo/ })).toHaveFocus();
  });

  it('shows how many events are left and how many are selected', () => {
    setup({ selected: ['russia', 'mike-pompeo'], shownCount: 3 });
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 7 events');
    expect(screen.getByText(/Filter by actor/)).toHaveTextContent('Filter by actor (2 selected)');
  });

  it('groups thousands in large counts', () => {
    setup({ selected: ['russia'], shownCount: 12_345, totalCount: 100_000 });
    expect(screen.getByRole('status')).toHaveTextContent('Showing 12,345 of 100,000 events');
  });

  it('can start folded, and unfolds to show the checkboxes', async () => {
    const { user } = setup({ defaultOpen: false, selected: ['russia'] });
    expect(screen.getByRole('checkbox', { name: /Mike Pompeo/, hidden: true })).not.toBeVisible();
    await user.click(screen.getByText('Filter by actor'));
    expect(screen.getByRole('checkbox', { name: /Mike Pompeo/ })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 7 of 7 events');
  });
});
