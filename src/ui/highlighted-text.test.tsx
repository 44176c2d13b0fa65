import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from './highlighted-text';

describe('HighlightedText', () => {
  it('marks the matched words and keeps the text as it is', () => {
    const { container } = render(
      <p>
        <HighlightedText text="North Korea’s sanctions, and SANCTIONS." terms={['koreas', 'sanctions']} />
      </p>,
    );
    expect(container).toHaveTextContent('North Korea’s sanctions, and SANCTIONS.');
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Korea’s', 'sanctions', 'SANCTIONS']);
  });
});
