/** "Print unit posters": one page per unit with its QR code, the grid worker, the hotline and the seal; "Replace poster code" for the secretary; offline it says posters need a connection. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../src/data';
import type { PosterSheet } from '../../../../src/domain/api/posters';
import { PostersScreen } from '../../../../src/features/posters/posters-screen';
import { createFakeDataClient, demoUser, type FakeDataClient } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
const TOKEN_1 = 'a'.repeat(43);
const TOKEN_2 = 'b'.repeat(43);

const sheet: PosterSheet = {
  building: { id: BUILDING, name: '1栋', address: '幸福里小区1栋', sealed: true, sealedSince: '2026-11-24' },
  community: { name: '幸福里社区', hotline: '027-88886666' },
  gridWorkers: [{ name: '网格员 李娟', phone: '13900000001' }],
  units: [
    { unit: '1', token: TOKEN_1 },
    { unit: '2', token: TOKEN_2 },
  ],
};

function open(client: FakeDataClient) {
  return renderWithProviders(<PostersScreen />, { client, path: '/buildings/:buildingId/posters', route: `/buildings/${BUILDING}/posters` });
}

const secretary = () => createFakeDataClient({ session: { user: { ...demoUser, username: 'secretary1', role: 'secretary', gridIds: [] } } });

describe('Print unit posters', { timeout: 20_000 }, () => {
  it('shows one page per unit: building and unit, the QR code of its help page, grid worker, hotline, seal', async () => {
    const client = createFakeDataClient();
    client.getPosterSheet.mockResolvedValue(sheet);
    open(client);
    const unit1 = await screen.findByRole('region', { name: '1栋 Unit 1' });
    expect(screen.getByRole('region', { name: '1栋 Unit 2' })).toBeInTheDocument();
    expect(client.getPosterSheet).toHaveBeenCalledWith(BUILDING);
    const page = within(unit1);
    expect(page.getByText('Grid worker: 网格员 李娟 13900000001')).toBeInTheDocument();
    expect(page.getByText('Community hotline: 027-88886666')).toBeInTheDocument();
    expect(page.getByText('Sealed since 2026-11-24')).toBeInTheDocument();
    await waitFor(() => expect(page.getByRole('img', { name: 'QR code of unit 1’s help page' }).tagName.toLowerCase()).toBe('svg'));
    expect(page.getByRole('img', { name: 'QR code of unit 1’s help page' })).toHaveAttribute('data-url', `${window.location.origin}/help/${TOKEN_1}`);
  });

  it('prints with the browser’s print', async () => {
    const client = createFakeDataClient();
    client.getPosterSheet.mockResolvedValue(sheet);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = open(client);
    await user.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();
    print.mockRestore();
  });

  it('gives a grid worker no "Replace poster code"', async () => {
    const client = createFakeDataClient();
    client.getPosterSheet.mockResolvedValue(sheet);
    open(client);
    await screen.findByRole('region', { name: '1栋 Unit 1' });
    expect(screen.queryByRole('button', { name: 'Replace poster code' })).not.toBeInTheDocument();
  });

  it('lets the secretary replace a unit’s code after confirming; the page shows the new code', async () => {
    const client = secretary();
    client.getPosterSheet.mockResolvedValue(sheet);
    const fresh = 'c'.repeat(43);
    client.replacePosterCode.mockResolvedValue({ unit: '2', token: fresh });
    const { user } = open(client);
    const unit2 = within(await screen.findByRole('region', { name: '1栋 Unit 2' }));
    await user.click(unit2.getByRole('button', { name: 'Replace poster code' }));
    expect(client.replacePosterCode).not.toHaveBeenCalled();
    expect(unit2.getByRole('alertdialog')).toHaveTextContent('The old poster’s code stops working at once');
    await user.click(unit2.getByRole('button', { name: 'Replace code' }));
    await waitFor(() => expect(client.replacePosterCode).toHaveBeenCalledWith(BUILDING, '2'));
    expect(await unit2.findByText('Unit 2 has a new code: print its new poster.')).toBeInTheDocument();
    await waitFor(() =>
      expect(unit2.getByRole('img', { name: 'QR code of unit 2’s help page' })).toHaveAttribute('data-url', `${window.location.origin}/help/${fresh}`),
    );
  });

  it('cancelling the confirm step replaces nothing', async () => {
    const client = secretary();
    client.getPosterSheet.mockResolvedValue(sheet);
    const { user } = open(client);
    const unit1 = within(await screen.findByRole('region', { name: '1栋 Unit 1' }));
    await user.click(unit1.getByRole('button', { name: 'Replace poster code' }));
    await user.click(unit1.getByRole('button', { name: 'Cancel' }));
    expect(client.replacePosterCode).not.toHaveBeenCalled();
    expect(unit1.getByRole('button', { name: 'Replace poster code' })).toBeInTheDocument();
  });

  it('offline says posters need a connection and asks the server nothing', async () => {
    const client = createFakeDataClient({ sync: { online: false } });
    open(client);
    expect(await screen.findByText('Posters need a connection. Open this page again when online.')).toBeInTheDocument();
    expect(client.getPosterSheet).not.toHaveBeenCalled();
  });

  it('a request that fails for want of a connection says the same', async () => {
    const client = createFakeDataClient();
    client.getPosterSheet.mockRejectedValue(new ApiError(0, 'NETWORK', 'offline'));
    open(client);
    expect(await screen.findByText('Posters need a connection. Open this page again when online.')).toBeInTheDocument();
  });

  it('says why the sheet could not be loaded (a building outside the grid) and offers to try again', async () => {
    const client = createFakeDataClient();
    client.getPosterSheet.mockRejectedValueOnce(new ApiError(404, 'NOT_FOUND', 'No such building')).mockResolvedValueOnce(sheet);
    const { user } = open(client);
    expect(await screen.findByRole('alert')).toHaveTextContent('The posters could not be loaded');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: '1栋 Unit 1' })).toBeInTheDocument();
  });
});
