import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { ids, visitClient } from './visit-test-data';

const form101 = `/households/${ids.h101}/visits/new`;

describe('record a visit', () => {
  it('shows the address, Visited by default, and one temperature per resident still living there', async () => {
    const { client } = visitClient();
    renderApp({ client, route: form101 });
    expect(await screen.findByRole('heading', { name: 'Record visit' })).toBeInTheDocument();
    expect(await screen.findByText('Unit 1 Room 101')).toBeInTheDocument();
    expect(await screen.findByText('3号楼')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Visited' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Nobody home' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Refused' })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Temperature for 张三' })).toHaveAttribute('inputmode', 'decimal');
    expect(screen.getByRole('textbox', { name: 'Temperature for 李四' })).toBeInTheDocument();
    // 王五 moved out: no check expected at the door.
    expect(screen.queryByRole('textbox', { name: 'Temperature for 王五' })).not.toBeInTheDocument();
    const symptoms = screen.getByRole('group', { name: 'Symptoms for 张三' });
    expect(within(symptoms).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Fever',
      'Cough',
      'Fatigue',
      'Sore throat',
      'Loss of smell or taste',
      'Diarrhoea',
      'Shortness of breath',
    ]);
  });

  it('saves 36.6 °C in one create (residents left empty are not checked) and offers the next room', async () => {
    const { client, create } = visitClient();
    const { user, router } = renderApp({ client, route: form101 });
    await user.type(await screen.findByRole('textbox', { name: 'Temperature for 张三' }), '36.6');
    await user.type(screen.getByLabelText('Notes'), 'Door answered by the son');
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Save visit' }));

    expect(create).toHaveBeenCalledTimes(1);
    const [entity, data]: [string, Record<string, unknown>] = create.mock.calls[0]!;
    expect(entity).toBe('visit');
    expect(data).toEqual({
      householdId: ids.h101,
      visitedAt: expect.any(String),
      outcome: 'visited',
      checks: [{ residentId: ids.zhang, temperature: 36.6, symptoms: [] }],
      notes: 'Door answered by the son',
    });
    expect(Date.parse(String(data.visitedAt))).toBeGreaterThanOrEqual(before - 1000);

    expect(await screen.findByText('Visit saved')).toBeInTheDocument();
    expect(screen.getByText('Pending')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next room' }));

    expect(router.state.location.pathname).toBe(`/households/${ids.h102}/visits/new`);
    expect(await screen.findByText('Unit 1 Room 102')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Save visit' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Visited' })).toBeChecked();
    expect(screen.getByLabelText('Notes')).toHaveValue('');
  });

  it('takes a quick temperature button and symptoms for the right resident; three digits read as one decimal', async () => {
    const { client, create } = visitClient();
    const { user } = renderApp({ client, route: form101 });
    await user.click(await screen.findByRole('button', { name: '36.5 °C for 李四' }));
    expect(screen.getByRole('textbox', { name: 'Temperature for 李四' })).toHaveValue('36.5');
    await user.click(within(screen.getByRole('group', { name: 'Symptoms for 李四' })).getByRole('checkbox', { name: 'Cough' }));
    await user.type(screen.getByRole('textbox', { name: 'Temperature for 张三' }), '368');
    await user.click(screen.getByRole('button', { name: 'Save visit' }));
    expect(create).toHaveBeenCalledWith('visit', expect.objectContaining({
      checks: [
        { residentId: ids.zhang, temperature: 36.8, symptoms: [] },
        { residentId: ids.li, temperature: 36.5, symptoms: ['cough'] },
      ],
    }));
  });

  it('saves a check with symptoms and no temperature, with its symptoms', async () => {
    const { client, create } = visitClient();
    const { user } = renderApp({ client, route: form101 });
    await user.click(within(await screen.findByRole('group', { name: 'Symptoms for 李四' })).getByRole('checkbox', { name: 'Cough' }));
    await user.click(screen.getByRole('button', { name: 'Save visit' }));
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith('visit', expect.objectContaining({
      outcome: 'visited',
      checks: [{ residentId: ids.li, symptoms: ['cough'] }],
    }));
  });

  it('saves Nobody home with no checks, whatever was typed before', async () => {
    const { client, create } = visitClient();
    const { user } = renderApp({ client, route: form101 });
    await user.type(await screen.findByRole('textbox', { name: 'Temperature for 张三' }), '36.6');
    await user.click(screen.getByRole('radio', { name: 'Nobody home' }));
    expect(screen.queryByRole('textbox', { name: 'Temperature for 张三' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save visit' }));
    expect(create).toHaveBeenCalledWith('visit', { householdId: ids.h101, visitedAt: expect.any(String), outcome: 'not_home', checks: [] });
    expect(await screen.findByText('Visit saved')).toBeInTheDocument();
  });

  it('shows range and precision errors beside the right resident and saves nothing', async () => {
    const { client, create } = visitClient();
    const { user } = renderApp({ client, route: form101 });
    await user.type(await screen.findByRole('textbox', { name: 'Temperature for 张三' }), '44');
    await user.type(screen.getByRole('textbox', { name: 'Temperature for 李四' }), '36.55');
    await user.click(screen.getByRole('button', { name: 'Save visit' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some entries are not valid. Check the marked fields.');
    const zhang = screen.getByRole('textbox', { name: 'Temperature for 张三' });
    expect(zhang).toHaveAttribute('aria-invalid', 'true');
    expect(zhang).toHaveAccessibleDescription(expect.stringContaining('Temperature must be between 34.0 and 43.0 °C.'));
    const li = screen.getByRole('textbox', { name: 'Temperature for 李四' });
    expect(li).toHaveAccessibleDescription(expect.stringContaining('Use at most one decimal, e.g. 36.5.'));
    expect(li).not.toHaveAccessibleDescription(expect.stringContaining('between'));
    expect(create).not.toHaveBeenCalled();
  });

  it('shows what the schema refuses beside its field (notes too long) and keeps the input', async () => {
    const { client, create } = visitClient();
    const { user } = renderApp({ client, route: form101 });
    await user.type(await screen.findByRole('textbox', { name: 'Temperature for 张三' }), '36.6');
    await user.click(screen.getByLabelText('Notes'));
    await user.paste('x'.repeat(501));
    await user.click(screen.getByRole('button', { name: 'Save visit' }));
    expect(await screen.findByLabelText('Notes')).toHaveAccessibleDescription('At most 500 characters.');
    await expect(create.mock.results[0]?.value).rejects.toThrow('VALIDATION');
    expect(screen.getByRole('textbox', { name: 'Temperature for 张三' })).toHaveValue('36.6');
    expect(screen.queryByText('Visit saved')).not.toBeInTheDocument();
  });

  it('at the end of the building says so and leads back to the building', async () => {
    const { client } = visitClient();
    const { user, router } = renderApp({ client, route: `/households/${ids.h201}/visits/new` });
    await user.click(await screen.findByRole('button', { name: 'Save visit' }));
    expect(await screen.findByText('That was the last room in 3号楼.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next room' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to 3号楼' }));
    expect(router.state.location.pathname).toBe(`/buildings/${ids.building}`);
  });

  it('speaks Chinese by default words', async () => {
    const { client } = visitClient();
    renderApp({ client, route: form101, language: 'zh-CN' });
    expect(await screen.findByRole('heading', { name: '登记走访' })).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: '已走访' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '无人在家' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '拒绝' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '张三的体温' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存走访' })).toBeInTheDocument();
  });
});
