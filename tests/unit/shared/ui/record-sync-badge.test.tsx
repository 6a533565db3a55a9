import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RecordSyncBadge } from '../../../../src/shared/ui/record-sync-badge';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

describe('RecordSyncBadge', () => {
  it.each([
    ['synced', 'Synced'],
    ['pending', 'Pending'],
    ['rejected', 'Needs attention'],
  ])('says %s in words, not only in colour', (state, word) => {
    renderWithProviders(<RecordSyncBadge state={state} />);
    expect(screen.getByText(word)).toHaveAttribute('title', `Sync state: ${word}`);
  });

  it('treats an unknown state as not yet sent', () => {
    renderWithProviders(<RecordSyncBadge state={undefined} />);
    expect(screen.getByText('Pending')).toBeInTheDocument();
  });
});
