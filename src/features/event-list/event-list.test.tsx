import { createMemoryHistory, createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../domain/model/dataset';
import type { IndexedEvent } from '../../domain/model/indexed-event';
import { eventInterval } from '../../domain/time/calendar';
import { renderWithI18n } from '../../test/i18n';
import { EventList } from './event-list';

function events(count: number): IndexedEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const event = { id: `e-${i}`, title: `Event number ${i}`, start: day, precision: 'day', place: null } as TimelineEvent;
    return { event, ...eventInterval(event), order: i };
  });
}

async function renderList(list: IndexedEvent[], selectedId?: string) {
  const root = createRootRoute({ component: () => <EventList events={list} selectedId={selectedId} terms={[]} /> });
  const eventRoute = createRoute({ getParentRoute: () => root, path: '/events/$eventId' });
  const router = createRouter({ routeTree: root.addChildren([eventRoute]), history: createMemoryHistory({ initialEntries: ['/'] }) });
  await router.load();
  renderWithI18n(<RouterProvider router={router} />);
  return screen.findByRole('navigation', { name: /Events/ });
}

describe('EventList', () => {
  it('lists a short story in full, in order', async () => {
    const nav = await renderList(events(7));
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(7);
    links.forEach((link, i) => expect(link).toHaveTextContent(`${i + 1} January 1990Event number ${i}`));
  });

  it('keeps the DOM to a screenful for 10,000 events, and says where each row sits', async () => {
    const nav = await renderList(events(10_000));
    const items = within(nav).getAllByRole('listitem');
    expect(items.length).toBeLessThan(30);
    expect(items[0]).toHaveAttribute('aria-setsize', '10000');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(within(nav).getByRole('heading')).toHaveTextContent('Events (10,000)');
  });

  it('moves focus through rows it had not drawn yet with the arrow keys and End', async () => {
    const user = userEvent.setup();
    const nav = await renderList(events(10_000));
    within(nav).getAllByRole('link')[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Event number 1');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('Event number 9999');
    expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '10000');
  });
});
