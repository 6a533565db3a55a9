import { screen } from '@testing-library/react';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHouseholdLink } from '../../../../src/domain/household-link';
import { qrModules, qrPath, type QrModules } from '../../../../src/shared/ui/qr-code';
import { renderApp } from '../../../fixtures/render-with-providers';
import { clientWith, HOUSEHOLD } from './resident-support';

/** The code as an RGBA image (4 px per module, 4-module quiet zone), as a camera frame would give it. */
function rasterize(modules: QrModules, scale = 4, quiet = 4) {
  const side = (modules.length + quiet * 2) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const offset = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          data.fill(0, offset, offset + 3);
        }
      }
    }),
  );
  return { data, side };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('household QR code', () => {
  it('shows the code only when asked, named by the address, with the household link under it', async () => {
    const { user } = renderApp({ client: clientWith({}).client, route: `/households/${HOUSEHOLD}` });
    const show = await screen.findByRole('button', { name: 'Show QR code' });
    expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();

    await user.click(show);
    expect(await screen.findByRole('img', { name: 'QR code for Unit 2 Room 501' })).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/households/${HOUSEHOLD}`)).toBeInTheDocument();
    expect(screen.getByText('3号楼 Unit 2 Room 501')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hide QR code' }));
    expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();
  });

  it('prints with the browser print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp({ client: clientWith({}).client, route: `/households/${HOUSEHOLD}` });
    await user.click(await screen.findByRole('button', { name: 'Show QR code' }));
    await screen.findByRole('img', { name: 'QR code for Unit 2 Room 501' });
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('encodes the household link so that a QR reader gets it back', async () => {
    const url = `https://gridwalk.example/households/${HOUSEHOLD}`;
    const { data, side } = rasterize(await qrModules(url));
    const read = jsQR(data, side, side);
    expect(read?.data).toBe(url);
    expect(parseHouseholdLink(read?.data ?? '', 'https://gridwalk.example')).toBe(HOUSEHOLD);
  });

  it('draws each run of dark modules as one rectangle, shifted by the quiet zone', () => {
    expect(
      qrPath(
        [
          [true, true, false],
          [false, true, true],
        ],
        1,
      ),
    ).toBe('M1 1h2v1h-2zM2 2h2v1h-2z');
  });
});
