import { Fragment, type ReactNode, type Ref } from 'react';
import type { MarkNode } from '../../domain/text/passage-segments';

/** One line of the article: where it starts in the text, and its nested marks. */
export interface SourceLine {
  start: number;
  nodes: MarkNode[];
}

interface Props {
  lines: readonly SourceLine[];
  currentId: string;
  /** Receives the element where the current passage begins. */
  currentRef: Ref<HTMLElement>;
  /** What follows each passage: the links to its events. */
  renderAfter: (passageId: string) => ReactNode;
}

/** The DOM id of the element where a passage begins in the source reader. */
export function passageElementId(passageId: string): string {
  return `source-passage-${passageId}`;
}

/**
 * The article verbatim, one `<p>` per line, each anchored passage in a `<mark>` (nested passages
 * nest). The text is React children only; what `renderAfter` adds follows the passage it belongs to.
 */
export function SourceText({ lines, currentId, currentRef, renderAfter }: Props) {
  function render(nodes: readonly MarkNode[]): ReactNode[] {
    return nodes.map((node) => {
      if (node.kind === 'text') return <Fragment key={`t${node.start}`}>{node.text}</Fragment>;
      const current = node.id === currentId;
      const begins = node.opens;
      return (
        <Fragment key={`${node.id}@${node.start}`}>
          <mark
            ref={current && begins ? currentRef : undefined}
            id={begins ? passageElementId(node.id) : undefined}
            tabIndex={current && begins ? -1 : undefined}
            className={current ? 'source-passage is-current' : 'source-passage'}
            aria-current={current ? 'true' : undefined}
          >
            {render(node.children)}
          </mark>
          {node.closes && renderAfter(node.id)}
        </Fragment>
      );
    });
  }

  return (
    <>
      {lines.map((line) => (
        <p key={line.start}>{render(line.nodes)}</p>
      ))}
    </>
  );
}
