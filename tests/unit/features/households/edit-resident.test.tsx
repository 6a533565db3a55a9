import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import { localDateOf } from '../../../../src/shared/local-date';
import { makeIdNumber } from '../../../fixtures/id-number-factory';
import { renderApp } from '../../../fixtures/render-with-providers';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { localRecord } from '../../../fixtures/fake-data-client';
import { clientWith, HOUSEHOLD } from './resident-support';

const ZHANG = '0192f1b4-0000-7000-8000-0000000000d1';
const idNumber = makeIdNumber({ birthDate: '1948-03-02', sex: 'male' });

function zhang(fields: Partial<EntityData<'resident'>> = {}): LocalRecord<'resident'> {
  return localRecord('resident', ZHANG, {
    householdId: HOUSEHOLD,
    name: '张三',
    idNumber,
    phone: '13912345678',
    sex: 'male',
    birthDate: '1948-03-02',
    tags: ['elderly_alone'],
    ...fields,
  });
}

async function openEdit(resident: LocalRecord<'resident'> = zhang()) {
  const { client, patch } = clientWith({ resident: [resident] });
  const rendered = renderApp({ client, route: `/residents/${ZHANG}/edit` });
  await screen.findByLabelText('Name');
  return { ...rendered, patch };
}

describe('edit resident', () => {
  it('is prefilled and saves only the changed fields, clearing an emptied one, then shows the household', async () => {
    const { user, patch, router } = await openEdit();
    expect(screen.getByLabelText('Name')).toHaveValue('张三');
    expect(screen.getByLabelText('ID number')).toHaveValue(idNumber);
    expect(screen.getByLabelText('Birth date')).toHaveValue('1948-03-02');
    expect(screen.getByRole('radio', { name: 'Male' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Elderly living alone' })).toBeChecked();

    await user.clear(screen.getByLabelText('Phone'));
    await user.click(screen.getByRole('checkbox', { name: 'Home monitoring' }));
    await user.click(screen.getByRole('button', { name: 'Save resident' }));

    expect(patch).toHaveBeenCalledWith('resident', ZHANG, { tags: ['elderly_alone', 'home_monitoring'], phone: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Unit 2 Room 501' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/households/${HOUSEHOLD}`);
    expect(await screen.findByText('Home monitoring')).toBeInTheDocument();
  });

  it('replaces birth date and sex that came from the old ID number when the ID is corrected', async () => {
    const { user, patch } = await openEdit();
    const corrected = makeIdNumber({ birthDate: '1949-12-31', sex: 'female' });
    await user.clear(screen.getByLabelText('ID number'));
    await user.type(screen.getByLabelText('ID number'), corrected);
    expect(screen.getByLabelText('Birth date')).toHaveValue('1949-12-31');
    expect(screen.getByRole('radio', { name: 'Female' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save resident' }));
    expect(patch).toHaveBeenCalledWith('resident', ZHANG, { idNumber: corrected, sex: 'female', birthDate: '1949-12-31' });
  });

  it('moves a resident out on the chosen date, today by default', async () => {
    const { user, patch } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Move out' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Has 张三 moved out? The record stays in the register.');
    expect(screen.getByLabelText('Move-out date')).toHaveValue(localDateOf());
    await user.clear(screen.getByLabelText('Move-out date'));
    await user.type(screen.getByLabelText('Move-out date'), '2026-10-01');
    await user.click(screen.getByRole('button', { name: 'Confirm move out' }));
    expect(patch).toHaveBeenCalledWith('resident', ZHANG, { movedOutOn: '2026-10-01' });
    expect(await screen.findByText('Moved out on 2026-10-01')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Moved out (1)' })).toHaveTextContent('张三');
  });

  it('refuses a move-out date in the future beside the date', async () => {
    const { user, patch } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Move out' }));
    await user.clear(screen.getByLabelText('Move-out date'));
    await user.type(screen.getByLabelText('Move-out date'), '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Confirm move out' }));
    expect(patch).toHaveBeenCalledWith('resident', ZHANG, { movedOutOn: '2999-01-01' });
    expect(await screen.findByLabelText('Move-out date')).toHaveAccessibleDescription('The date cannot be in the future.');
  });

  it('moves a moved-out resident back in', async () => {
    const { user, patch } = await openEdit(zhang({ movedOutOn: '2026-10-01' }));
    expect(screen.getByText('Moved out on 2026-10-01.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move out' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Moved back in' }));
    expect(patch).toHaveBeenCalledWith('resident', ZHANG, { movedOutOn: null });
    expect(await screen.findByRole('list', { name: 'Residents (1)' })).toHaveTextContent('张三');
  });

  it('says plainly when the resident is not on this phone', async () => {
    const { client } = clientWith({ resident: [] });
    renderApp({ client, route: `/residents/${ZHANG}/edit` });
    expect(await screen.findByText('This resident is not on this phone.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to home' })).toBeInTheDocument();
  });
});
