import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hasUnsavedInput } from '../../../../src/shared/unsaved-input';
import { makeIdNumber, withWrongCheckChar } from '../../../fixtures/id-number-factory';
import { renderApp } from '../../../fixtures/render-with-providers';
import { clientWith, HOUSEHOLD, NEW_ID } from './resident-support';

const addPath = `/households/${HOUSEHOLD}/residents/new`;
const SEQUENCE_WITH_X = 3;

async function openForm(language: 'en' | 'zh-CN' = 'en') {
  const { client, create } = clientWith({});
  const rendered = renderApp({ client, route: addPath, language });
  await screen.findByLabelText(language === 'en' ? 'ID number' : '身份证号');
  return { ...rendered, create };
}

describe('resident form', () => {
  it('says a wrong check digit in plain words beside the ID number once all 18 characters are typed, not before', async () => {
    const { user } = await openForm();
    const id = screen.getByLabelText('ID number');
    const wrong = withWrongCheckChar(makeIdNumber());
    await user.type(id, wrong.slice(0, 17));
    expect(id).not.toHaveAttribute('aria-invalid');
    await user.type(id, wrong.slice(17));
    expect(id).toHaveAttribute('aria-invalid', 'true');
    expect(id).toHaveAccessibleDescription(expect.stringContaining('The check digit does not match. Check the ID number again.'));
  });

  it('shows a short ID number’s error when the field is left', async () => {
    const { user } = await openForm();
    const id = screen.getByLabelText('ID number');
    await user.type(id, '42010619');
    expect(id).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByLabelText('Name'));
    expect(id).toHaveAccessibleDescription(expect.stringContaining('An ID number has 18 characters.'));
  });

  it('fills birth date and sex from a valid ID number, and replaces them when the ID is corrected', async () => {
    const { user } = await openForm();
    const id = screen.getByLabelText('ID number');
    await user.type(id, makeIdNumber({ birthDate: '1948-03-02', sex: 'female' }));
    expect(id).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Birth date')).toHaveValue('1948-03-02');
    expect(screen.getByRole('radio', { name: 'Female' })).toBeChecked();

    await user.clear(id);
    await user.type(id, makeIdNumber({ birthDate: '1990-11-30', sex: 'male' }));
    expect(screen.getByLabelText('Birth date')).toHaveValue('1990-11-30');
    expect(screen.getByRole('radio', { name: 'Male' })).toBeChecked();
  });

  it('keeps a birth date typed by hand and says where it contradicts the ID number', async () => {
    const { user, create } = await openForm();
    await user.type(screen.getByLabelText('Name'), '李梅');
    const birthDate = screen.getByLabelText('Birth date');
    await user.type(birthDate, '1950-01-01');
    await user.click(screen.getByRole('radio', { name: 'Male' }));
    await user.type(screen.getByLabelText('ID number'), makeIdNumber({ birthDate: '1948-03-02', sex: 'female' }));

    expect(birthDate).toHaveValue('1950-01-01');
    expect(birthDate).toHaveAccessibleDescription('Does not match the ID number, which gives the birth date 1948-03-02.');
    expect(screen.getByRole('radio', { name: 'Male' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Sex' })).toHaveAccessibleDescription('Does not match the ID number, which gives the sex Female.');

    await user.click(screen.getByRole('button', { name: 'Save resident' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Some entries are not valid. Check the marked fields.');
    expect(create).not.toHaveBeenCalled();
  });

  it('asks for a name and a valid phone beside those fields, and keeps the input', async () => {
    const { user, router } = await openForm();
    await user.type(screen.getByLabelText('Phone'), '12345');
    await user.click(screen.getByRole('button', { name: 'Save resident' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some entries are not valid. Check the marked fields.');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Enter a name.');
    expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription('Enter an 11-digit mobile number starting with 1.');
    expect(screen.getByLabelText('Phone')).toHaveValue('12345');
    expect(router.state.location.pathname).toBe(addPath);
    expect(hasUnsavedInput()).toBe(true);
  });

  it('saves a new resident with tags and goes back to the household, which lists it as pending', async () => {
    const { user, create, router } = await openForm();
    // Sequence 3 gives this number the check character X, typed here as a small x.
    const idNumber = makeIdNumber({ birthDate: '1948-03-02', sex: 'male', sequence: SEQUENCE_WITH_X });
    await user.type(screen.getByLabelText('Name'), '张三');
    await user.type(screen.getByLabelText('ID number'), idNumber.toLowerCase());
    await user.type(screen.getByLabelText('Phone'), '139 1234 5678');
    await user.click(screen.getByRole('checkbox', { name: 'Elderly living alone' }));
    await user.click(screen.getByRole('checkbox', { name: 'Chronic illness' }));
    await user.type(screen.getByLabelText('Notes'), '腿脚不便');
    expect(idNumber.endsWith('X')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Save resident' }));

    expect(create).toHaveBeenCalledWith('resident', {
      householdId: HOUSEHOLD,
      name: '张三',
      idNumber,
      phone: '139 1234 5678',
      sex: 'male',
      birthDate: '1948-03-02',
      tags: ['elderly_alone', 'chronic_illness'],
      notes: '腿脚不便',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Unit 2 Room 501' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/households/${HOUSEHOLD}`);
    const item = (await screen.findByRole('link', { name: 'Edit 张三' })).closest('li');
    expect(item).not.toBeNull();
    expect(within(item as HTMLElement).getByText('Pending')).toBeInTheDocument();
    expect(item).toHaveTextContent('Elderly living alone');
    expect(screen.getByRole('link', { name: 'Edit 张三' })).toHaveAttribute('href', `/residents/${NEW_ID}/edit`);
    expect(hasUnsavedInput()).toBe(false);
  });

  it('speaks Chinese', async () => {
    await openForm('zh-CN');
    expect(screen.getByRole('heading', { level: 1, name: '新增居民' })).toBeInTheDocument();
    expect(screen.getByLabelText('身份证号')).toBeInTheDocument();
    expect(screen.getByLabelText('出生日期')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '男' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '重点人群' })).toBeInTheDocument();
  });
});
