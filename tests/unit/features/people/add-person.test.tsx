/** "Add person": the form's fields, the schema's checks, the server's field errors, and the sign-in code it hands over. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src/data';
import type { AddPersonResponse } from '../../../../src/domain/api/people';
import { PeopleScreen } from '../../../../src/features/people/people-screen';
import { addDays, localDateOf } from '../../../../src/shared/local-date';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { aPerson, BUILDING_2, GRID_1, secretaryClient } from './people-fixture';

const added: AddPersonResponse = {
  person: aPerson({
    id: '0192f1b4-0000-7000-8000-000000000299',
    name: '周八',
    username: '13812345678',
    phone: '13812345678',
    role: 'volunteer',
    buildingIds: [BUILDING_2],
    endsAt: '2026-12-20T16:00:00.000Z',
    codePending: true,
  }),
  signInCode: { code: '123456789012', expiresAt: '2026-11-26T02:00:00.000Z' },
};

async function openForm() {
  const client = secretaryClient();
  const rendered = renderWithProviders(<PeopleScreen />, { client });
  await screen.findByRole('article', { name: '王五' });
  await rendered.user.click(screen.getByRole('button', { name: 'Add person' }));
  const form = screen.getByRole('form', { name: 'Add person' });
  return { ...rendered, client, form: within(form) };
}

describe('Add person', { timeout: 20_000 }, () => {
  it('adds a volunteer with 2栋 and an end date, then shows the sign-in code as digits and as a QR code', async () => {
    const { client, form, user } = await openForm();
    client.addPerson.mockResolvedValue(added);
    expect(form.getByLabelText('End date')).toHaveValue(addDays(localDateOf(), 14));
    await user.type(form.getByLabelText('Name'), '周八');
    await user.type(form.getByLabelText('Mobile number'), '13812345678');
    expect(form.getByRole('radio', { name: 'Volunteer' })).toBeChecked();
    await user.click(form.getByRole('checkbox', { name: '2栋' }));
    fireEvent.change(form.getByLabelText('End date'), { target: { value: '2026-12-20' } });
    await user.click(form.getByRole('button', { name: 'Save and make a sign-in code' }));

    await waitFor(() => expect(client.addPerson).toHaveBeenCalled());
    expect(client.addPerson).toHaveBeenCalledWith({
      name: '周八',
      phone: '13812345678',
      role: 'volunteer',
      buildingIds: [BUILDING_2],
      gridIds: [],
      endsOn: '2026-12-20',
    });
    const panel = await screen.findByRole('region', { name: 'Sign-in code for 周八' });
    expect(within(panel).getByText('1234 5678 9012')).toBeInTheDocument();
    expect(within(panel).getByText('Username: 13812345678')).toBeInTheDocument();
    expect(within(panel).getByText(/^Works until .* \(within 24 hours, once\)$/)).toBeInTheDocument();
    expect(await within(panel).findByRole('img', { name: 'Sign-in QR code for 周八' })).toBeInTheDocument();
    // The new person is in the list, waiting to use the code.
    expect(within(screen.getByRole('article', { name: '周八' })).getByText('Code not used yet')).toBeInTheDocument();
  });

  it('adds a grid worker with a grid', async () => {
    const { client, form, user } = await openForm();
    client.addPerson.mockResolvedValue({ ...added, person: { ...added.person, role: 'grid_worker', buildingIds: [], gridIds: [GRID_1] } });
    await user.type(form.getByLabelText('Name'), '周八');
    await user.type(form.getByLabelText('Mobile number'), '13812345678');
    await user.click(form.getByRole('radio', { name: 'Grid worker' }));
    expect(form.queryByRole('checkbox', { name: '2栋' })).toBeNull();
    await user.click(form.getByRole('radio', { name: '第一网格' }));
    await user.click(form.getByRole('button', { name: 'Save and make a sign-in code' }));
    await waitFor(() => expect(client.addPerson).toHaveBeenCalledWith(expect.objectContaining({ role: 'grid_worker', buildingIds: [], gridIds: [GRID_1] })));
  });

  it('checks the fields with the server’s schema before sending anything', async () => {
    const { client, form, user } = await openForm();
    await user.type(form.getByLabelText('Mobile number'), '12345');
    await user.click(form.getByRole('button', { name: 'Save and make a sign-in code' }));
    expect(await form.findByText('Enter a name.')).toBeInTheDocument();
    expect(form.getByLabelText('Mobile number')).toHaveAccessibleDescription(expect.stringContaining('Enter an 11-digit mobile number starting with 1.'));
    expect(form.getByRole('alert')).toHaveTextContent('Check the marked fields.');

    await user.type(form.getByLabelText('Name'), '周八');
    await user.clear(form.getByLabelText('Mobile number'));
    await user.type(form.getByLabelText('Mobile number'), '13812345678');
    await user.click(form.getByRole('button', { name: 'Save and make a sign-in code' }));
    expect(await form.findByText('Choose at least one building.')).toBeInTheDocument();
    expect(form.getByRole('group', { name: 'Buildings' })).toHaveAccessibleDescription('Choose at least one building.');
    expect(client.addPerson).not.toHaveBeenCalled();
  });

  it('shows the server’s field errors on the fields, and a phone already in use on the phone', async () => {
    const { client, form, user } = await openForm();
    client.addPerson
      .mockRejectedValueOnce(new ApiError(400, 'VALIDATION', 'invalid', { endsOn: 'date_invalid' }))
      .mockRejectedValueOnce(new ApiError(409, 'PHONE_IN_USE', 'phone in use'));
    await user.type(form.getByLabelText('Name'), '周八');
    await user.type(form.getByLabelText('Mobile number'), '13812345678');
    await user.click(form.getByRole('checkbox', { name: '2栋' }));
    await user.click(form.getByRole('button', { name: 'Save and make a sign-in code' }));
    expect(await form.findByText('Not a valid date.')).toBeInTheDocument();
    expect(form.getByLabelText('End date')).toHaveAttribute('aria-invalid', 'true');

    await user.click(form.getByRole('button', { name: 'Save and make a sign-in code' }));
    expect(await form.findByRole('alert')).toHaveTextContent('Another account already has this phone number.');
    expect(form.getByLabelText('Mobile number')).toHaveAccessibleDescription(expect.stringContaining('Another account already has this phone number.'));
    expect(screen.queryByRole('region', { name: /Sign-in code/ })).toBeNull();
  });

  it('says adding needs a connection when offline', async () => {
    const { client, form, user } = await openForm();
    client.addPerson.mockRejectedValue(new ApiError(0, 'NETWORK', 'Failed to fetch'));
    await user.type(form.getByLabelText('Name'), '周八');
    await user.type(form.getByLabelText('Mobile number'), '13812345678');
    await user.click(form.getByRole('checkbox', { name: '2栋' }));
    await user.click(form.getByRole('button', { name: 'Save and make a sign-in code' }));
    expect(await form.findByRole('alert')).toHaveTextContent('People needs a connection');
  });
});
