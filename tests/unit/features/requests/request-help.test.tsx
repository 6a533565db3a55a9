import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { clientWith, BUILDING, HOUSEHOLD, secretary } from './request-records';

async function openForm(session = {}) {
  const { client, create } = clientWith({}, { session });
  const rendered = renderApp({ client, route: `/households/${HOUSEHOLD}` });
  await screen.findByRole('heading', { level: 1, name: 'Unit 2 Room 501' });
  await rendered.user.click(await screen.findByRole('link', { name: 'Request help' }));
  await screen.findByRole('heading', { level: 1, name: 'Request help' });
  await screen.findByRole('button', { name: 'Save request' });
  return { ...rendered, create };
}

// Each test walks two lazily loaded screens and types: more than the default 5 s on a busy machine.
describe('Request help from the household screen', { timeout: 20_000 }, () => {
  it('saves an open request of the household as the grid worker, with the resident picked as contact and the household’s phone', async () => {
    const { user, create } = await openForm();
    await user.click(screen.getByRole('radio', { name: 'Medicine' }));
    await user.type(screen.getByRole('textbox', { name: 'What is needed' }), '降压药 一盒');
    await user.click(screen.getByRole('checkbox', { name: 'Urgent' }));
    expect(screen.getByRole('radio', { name: '张三丰' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Contact phone' })).toHaveValue('13800138000');
    await user.click(screen.getByRole('button', { name: 'Save request' }));

    expect(create).toHaveBeenCalledWith('help_request', {
      buildingId: BUILDING,
      householdId: HOUSEHOLD,
      unit: '2',
      room: '501',
      kind: 'medicine',
      needs: '降压药 一盒',
      urgent: true,
      contactName: '张三丰',
      contactPhone: '13800138000',
      askedBy: 'grid_worker',
      state: 'open',
    });
    // Back on the household, the request is listed, saved on the phone and not sent yet.
    await screen.findByRole('heading', { level: 1, name: 'Unit 2 Room 501' });
    const section = within(await screen.findByRole('region', { name: 'Help requests' }));
    const card = within(await section.findByRole('article', { name: 'Medicine' }));
    expect(card.getByText('Open')).toBeInTheDocument();
    expect(card.getByText('Urgent')).toBeInTheDocument();
    expect(card.getByText('降压药 一盒')).toBeInTheDocument();
    expect(card.getByText('Pending')).toBeInTheDocument();
  });

  it('writes as the secretary when the secretary takes the call, with a contact typed by name and another phone', async () => {
    const { user, create } = await openForm({ user: secretary });
    await user.click(screen.getByRole('radio', { name: 'Groceries' }));
    await user.type(screen.getByRole('textbox', { name: 'What is needed' }), '大米一袋');
    await user.click(screen.getByRole('radio', { name: 'Someone else (type a name)' }));
    await user.type(screen.getByRole('textbox', { name: 'Contact name' }), '李四');
    const phone = screen.getByRole('textbox', { name: 'Contact phone' });
    await user.clear(phone);
    await user.type(phone, '13912345678');
    await user.click(screen.getByRole('button', { name: 'Save request' }));
    expect(create).toHaveBeenCalledWith(
      'help_request',
      expect.objectContaining({ kind: 'groceries', urgent: false, contactName: '李四', contactPhone: '13912345678', askedBy: 'secretary', state: 'open' }),
    );
  });

  it('says what is missing (kind, what is needed, a valid phone) and saves nothing', async () => {
    const { user, create } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Save request' }));
    expect(await screen.findByText('Check the marked fields.')).toBeInTheDocument();
    expect(screen.getByText('Choose what kind of help.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'What is needed' })).toHaveAccessibleDescription(expect.stringContaining('Say what is needed.'));
    expect(create).not.toHaveBeenCalled();

    await user.click(screen.getByRole('radio', { name: 'Other' }));
    await user.type(screen.getByRole('textbox', { name: 'What is needed' }), '倒垃圾');
    await user.clear(screen.getByRole('textbox', { name: 'Contact phone' }));
    await user.type(screen.getByRole('textbox', { name: 'Contact phone' }), '123');
    await user.click(screen.getByRole('button', { name: 'Save request' }));
    // The data layer's schema refuses the phone: the field says so, nothing is stored.
    expect(await screen.findByRole('textbox', { name: 'Contact phone' })).toHaveAccessibleDescription(expect.stringMatching(/landline/));
    expect(screen.getByRole('heading', { level: 1, name: 'Request help' })).toBeInTheDocument();
  });
});
