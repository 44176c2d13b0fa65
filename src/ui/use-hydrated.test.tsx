import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WithI18n } from '../test/i18n';
import { ShareButtons } from './share-buttons';
import { useHydrated } from './use-hydrated';

function Probe() {
  return <p>{useHydrated() ? 'browser' : 'server'}</p>;
}

/** Server HTML in a container, as the prerender writes it (parsed, not assigned as a string). */
function serverRendered(html: string): HTMLElement {
  const container = document.createElement('div');
  container.append(document.createRange().createContextualFragment(html));
  document.body.append(container);
  return container;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('useHydrated', () => {
  it('is false on the server and true in a render in the browser', () => {
    expect(renderToString(<Probe />)).toBe('<p>server</p>');
    render(<Probe />);
    expect(screen.getByText('browser')).toBeTruthy();
  });

  it('is false while React adopts server markup, then true', async () => {
    const container = serverRendered(renderToString(<Probe />));
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, <Probe />, { onRecoverableError });
    });
    expect(container.textContent).toBe('browser');
    expect(onRecoverableError).not.toHaveBeenCalled();
  });
});

describe('ShareButtons', () => {
  it('adopts a prerendered page without a mismatch where the browser can share, then offers Share', async () => {
    vi.stubGlobal('navigator', { ...navigator, share: vi.fn(async () => undefined) });
    const element = (
      <WithI18n>
        <ShareButtons url={() => 'https://example.org/events/x'} title="X" what="link to this event" />
      </WithI18n>
    );
    const container = serverRendered(renderToString(element));
    expect(container.textContent).not.toContain('Share…');
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Share link to this event' })).toBeTruthy();
  });
});
