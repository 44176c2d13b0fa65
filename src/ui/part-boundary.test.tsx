import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../test/i18n';
import { PartBoundary } from './part-boundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('lanes exploded');
  return <p>Timeline drawn</p>;
}

function Page() {
  const [count, setCount] = useState(0);
  return (
    <>
      <PartBoundary name="timeline">
        <Fragile />
      </PartBoundary>
      <button type="button" onClick={() => setCount(count + 1)}>
        Clicked {count}
      </button>
    </>
  );
}

describe('PartBoundary', () => {
  beforeEach(() => {
    broken = true;
    // React logs caught render errors; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('says what failed while the rest of the page keeps working, and resets', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Page />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The timeline could not be shown.');
    expect(alert).toHaveTextContent('lanes exploded');

    await user.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument();

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Reset the timeline' }));
    expect(screen.getByText('Timeline drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
