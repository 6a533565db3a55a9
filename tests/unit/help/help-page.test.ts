/**
 * The residents' help page (plain DOM): what a resident sees and does, found by role and label. The
 * server is a fake fetch answering as the contract says.
 */
import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHelpI18n, languageOf } from '../../../src/help/help-i18n';
import { mountHelpPage, tokenFromPath } from '../../../src/help/help-page';
import type { Fetch } from '../../../src/help/help-api';
import { messages as helpEn } from '../../../src/help/locales/en';
import { messages as helpZh } from '../../../src/help/locales/zh-CN';

const TOKEN = 'T'.repeat(43);
const UNIT = { building: '1栋', unit: '2', community: '幸福里社区' };

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

function fakeServer(posts: Answer[] = [{ status: 202, body: { status: 'sent' } }], unit: Answer = { status: 200, body: UNIT }) {
  const sent: unknown[] = [];
  const fetch = vi.fn<Fetch>(async (_url, init) => {
    const answer = init?.method === 'POST' ? (posts.length > 1 ? posts.shift()! : posts[0]!) : unit;
    if (init?.method === 'POST') sent.push(JSON.parse(String(init.body)));
    if (answer.status === 0) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  });
  return { fetch, sent };
}

async function openPage(server: ReturnType<typeof fakeServer>, language: 'zh-CN' | 'en' = 'en') {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const i18n = await createHelpI18n(language);
  const onLanguage = vi.fn();
  await mountHelpPage(root, { token: TOKEN, fetch: server.fetch, i18n, onLanguage }).ready;
  return { onLanguage };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, values: { room?: string; phone?: string } = {}) {
  await user.type(screen.getByLabelText('Room'), values.room ?? '501');
  await user.click(screen.getByRole('radio', { name: 'Medicine' }));
  await user.type(screen.getByLabelText('What is needed'), '降压药一盒');
  await user.click(screen.getByRole('checkbox', { name: 'Urgent' }));
  await user.type(screen.getByLabelText('Contact phone'), values.phone ?? '13812345678');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the help page', () => {
  it('reads the poster code from its address', () => {
    expect(tokenFromPath(`/help/${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromPath('/help/')).toBe('');
    expect(tokenFromPath('/help/%E0%A4%A')).toBe('');
    expect(languageOf('?lang=en')).toBe('en');
    expect(languageOf('')).toBe('zh-CN');
  });

  it('shows the poster’s place and the four kinds, in Chinese by default', async () => {
    await openPage(fakeServer(), 'zh-CN');
    expect(screen.getByRole('heading', { level: 1, name: '居民求助' })).toBeInTheDocument();
    expect(screen.getByText('幸福里社区 1栋 2单元')).toBeInTheDocument();
    for (const kind of ['买菜', '买药', '就医', '其他']) expect(screen.getByRole('radio', { name: kind })).toBeInTheDocument();
  });

  it('switches to English with the visible language switch, keeping what was typed', async () => {
    const user = userEvent.setup();
    const { onLanguage } = await openPage(fakeServer(), 'zh-CN');
    await user.type(screen.getByLabelText('房号'), '602');
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(onLanguage).toHaveBeenCalledWith('en'));
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('Room')).toHaveValue('602');
    for (const kind of ['Groceries', 'Medicine', 'Medical', 'Other']) expect(screen.getByRole('radio', { name: kind })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Urgent' })).toBeInTheDocument();
  });

  it('checks the form with the app’s validation messages before sending anything', async () => {
    const user = userEvent.setup();
    const server = fakeServer();
    await openPage(server);
    await user.type(screen.getByLabelText('Contact phone'), '123');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(server.sent).toHaveLength(0);
    expect(screen.getByLabelText('Room')).toHaveAccessibleDescription('This field is required.');
    expect(screen.getByLabelText('Room')).toHaveFocus();
    expect(screen.getByLabelText('Contact phone')).toHaveAccessibleDescription(
      'Enter a mobile number or a landline with area code (e.g. 010-12345678).',
    );
    expect(screen.getByText('Choose what kind of help.')).toBeInTheDocument();
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('Check the marked fields.');
  });

  it('sends the request (room, kind, needs, urgency, phone; no place) and says it was sent', async () => {
    const user = userEvent.setup();
    const server = fakeServer();
    await openPage(server);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByRole('heading', { name: 'Sent' })).toBeInTheDocument();
    expect(server.sent).toEqual([
      { requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), room: '501', kind: 'medicine', needs: '降压药一盒', urgent: true, contactPhone: '13812345678' },
    ]);
    expect(server.fetch).toHaveBeenLastCalledWith(`/api/v1/public/help/${TOKEN}`, expect.objectContaining({ method: 'POST' }));
  });

  it('after a lost connection, sending again uses the same request id (never two requests)', async () => {
    const user = userEvent.setup();
    const server = fakeServer([{ status: 0, body: null }, { status: 202, body: { status: 'sent' } }]);
    await openPage(server);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No connection: the request has not been sent.');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByRole('heading', { name: 'Sent' });
    const [first, second] = server.sent as { requestId: string }[];
    expect(second!.requestId).toBe(first!.requestId);
  });

  it('explains a replaced poster: call the hotline or ask the grid worker', async () => {
    await openPage(fakeServer([], { status: 404, body: { error: { code: 'POSTER_CODE_INVALID', message: 'x' } } }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This poster is no longer valid' })).toBeInTheDocument();
    expect(alert).toHaveTextContent(/community hotline/);
    expect(alert).toHaveTextContent(/grid worker/);
    expect(screen.queryByRole('button', { name: 'Send request' })).not.toBeInTheDocument();
  });

  it('says when to try again after too many requests', async () => {
    const user = userEvent.setup();
    await openPage(fakeServer([{ status: 429, body: { error: { code: 'TOO_MANY_REQUESTS', message: 'x' } }, headers: { 'retry-after': '600' } }]));
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Try again in 10 minutes'));
  });

  it('shows the server’s field errors under their fields', async () => {
    const user = userEvent.setup();
    await openPage(fakeServer([{ status: 400, body: { error: { code: 'VALIDATION', message: 'x', fields: { room: 'label_too_long' } } } }]));
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(screen.getByLabelText('Room')).toHaveAccessibleDescription('At most 20 characters.'));
  });
});

describe('the help page’s messages', () => {
  it('has the same keys in Chinese and English', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, child]) => (typeof child === 'object' && child !== null ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`]));
    expect(keys(helpEn).sort()).toEqual(keys(helpZh).sort());
  });
});
