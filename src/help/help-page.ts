/**
 * The residents' help page (微邻里): the resident types their room, picks the kind, says what is
 * needed, marks it urgent or not, gives a phone (and a name if they like) and sends. The page shows
 * only what the poster already says and answers "sent" or a clear error. It is validated with the
 * contract's schema (the server's), its messages are the app's validation messages.
 */
import type { i18n } from 'i18next';
import { publicHelpRequestSchema, type PublicHelpRequest, type PublicUnit } from '../domain/api/public-help';
import { HELP_KINDS, type HelpKind } from '../domain/entities/help-request';
import { fieldErrors } from '../domain/validation-errors';
import { LANGUAGES, type Language } from '../shared/i18n/languages';
import { uuidv7 } from '../shared/uuid-v7';
import { h } from './dom';
import { HelpFailure, readUnit, sendRequest, type Fetch } from './help-api';
import { loadLanguage } from './help-i18n';

export interface HelpPageDeps {
  token: string;
  fetch: Fetch;
  i18n: i18n;
  /** Called after the language changed (the entry puts ?lang= into the address). */
  onLanguage?: (language: Language) => void;
}

interface Values {
  room: string;
  kind: HelpKind | '';
  needs: string;
  urgent: boolean;
  phone: string;
  name: string;
}

type Status = 'loading' | 'ready' | 'sending' | 'sent' | 'invalid';

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };
/** The fields of the request, in the order the form shows them (the first with an error gets the focus). */
const FIELD_ORDER = ['room', 'kind', 'needs', 'urgent', 'contactPhone', 'contactName'] as const;
const INPUT_IDS: Record<string, string> = {
  room: 'help-room',
  kind: 'help-kind-groceries',
  needs: 'help-needs',
  urgent: 'help-urgent',
  contactPhone: 'help-phone',
  contactName: 'help-name',
};

export function mountHelpPage(root: HTMLElement, deps: HelpPageDeps): { ready: Promise<void> } {
  const { i18n } = deps;
  const t = (key: string, options: Record<string, unknown> = {}): string => i18n.t(key, options);
  const values: Values = { room: '', kind: '', needs: '', urgent: false, phone: '', name: '' };
  let status: Status = deps.token ? 'loading' : 'invalid';
  let unit: PublicUnit | null = null;
  let errors: Record<string, string> = {};
  let failure: HelpFailure | null = null;
  let requestId: string | null = null;

  const fieldError = (field: string) => {
    const key = errors[field];
    if (!key) return null;
    return h('p', { class: 'field-error', id: `${INPUT_IDS[field]}-error` }, t(`validation:${key}`, { defaultValue: t('validation:invalid_value') }));
  };
  const invalidAttrs = (field: string) =>
    errors[field] ? { 'aria-invalid': 'true', 'aria-describedby': `${INPUT_IDS[field]}-error` } : {};

  function textField(field: 'room' | 'contactPhone' | 'contactName', key: 'room' | 'phone' | 'name', label: string, extra: Record<string, string>) {
    const input = h('input', { id: INPUT_IDS[field]!, name: field, value: values[key], ...extra, ...invalidAttrs(field) });
    input.value = values[key];
    input.addEventListener('input', () => {
      values[key] = input.value;
    });
    return h('div', { class: 'field' }, h('label', { for: INPUT_IDS[field]! }, label), input, fieldError(field));
  }

  function kindField() {
    const options = HELP_KINDS.map((kind) => {
      const input = h('input', { type: 'radio', name: 'kind', value: kind, id: `help-kind-${kind}`, ...invalidAttrs('kind') });
      input.checked = values.kind === kind;
      input.addEventListener('change', () => {
        if (input.checked) values.kind = kind;
      });
      return h('label', { class: 'choice', for: `help-kind-${kind}` }, input, h('span', {}, t(`kinds.${kind}`)));
    });
    return h('fieldset', { class: 'field' }, h('legend', {}, t('kind')), h('div', { class: 'choices' }, ...options), fieldError('kind'));
  }

  function needsField() {
    const area = h('textarea', { id: INPUT_IDS.needs!, name: 'needs', rows: '3', 'aria-describedby': 'help-needs-hint', ...invalidAttrs('needs') });
    if (errors.needs) area.setAttribute('aria-describedby', 'help-needs-hint help-needs-error');
    area.value = values.needs;
    area.addEventListener('input', () => {
      values.needs = area.value;
    });
    return h('div', { class: 'field' }, h('label', { for: INPUT_IDS.needs! }, t('needs')), h('p', { class: 'hint', id: 'help-needs-hint' }, t('needsHint')), area, fieldError('needs'));
  }

  function urgentField() {
    const box = h('input', { type: 'checkbox', id: INPUT_IDS.urgent!, name: 'urgent', 'aria-describedby': 'help-urgent-hint' });
    box.checked = values.urgent;
    box.addEventListener('change', () => {
      values.urgent = box.checked;
    });
    return h('div', { class: 'field' }, h('label', { class: 'choice urgent', for: INPUT_IDS.urgent! }, box, h('span', {}, t('urgent'))), h('p', { class: 'hint', id: 'help-urgent-hint' }, t('urgentHint')), fieldError('urgent'));
  }

  function failureMessage(): HTMLElement | null {
    if (!failure || failure.code === 'POSTER_CODE_INVALID') return null;
    const minutes = Math.max(1, Math.ceil((failure.retryAfterSeconds ?? 3600) / 60));
    return h('p', { class: 'alert', role: 'alert' }, t(`errors.${failure.code}`, { minutes }));
  }

  function languageSwitch() {
    const buttons = LANGUAGES.map((language) => {
      const button = h('button', { type: 'button', lang: language, id: `help-lang-${language}`, 'aria-pressed': String(i18n.language === language) }, LANGUAGE_NAMES[language]);
      button.addEventListener('click', () => void switchLanguage(language));
      return button;
    });
    return h('div', { class: 'languages', role: 'group', 'aria-label': t('language') }, ...buttons);
  }

  function form() {
    const element = h(
      'form',
      { novalidate: true, 'aria-labelledby': 'help-title' },
      textField('room', 'room', t('room'), { autocomplete: 'off', placeholder: t('roomHint'), maxlength: '20' }),
      kindField(),
      needsField(),
      urgentField(),
      textField('contactPhone', 'phone', t('phone'), { type: 'tel', inputmode: 'tel', autocomplete: 'tel' }),
      textField('contactName', 'name', t('name'), { autocomplete: 'name', maxlength: '50' }),
      Object.keys(errors).length > 0 ? h('p', { class: 'alert', role: 'alert' }, t('fixErrors')) : null,
      failureMessage(),
      h('button', { type: 'submit', class: 'send', disabled: status === 'sending' }, status === 'sending' ? t('sending') : t('send')),
    );
    element.addEventListener('submit', (event) => {
      event.preventDefault();
      void submit();
    });
    return element;
  }

  function body(): Node[] {
    if (status === 'loading') return [h('p', { role: 'status' }, t('loading'))];
    if (status === 'invalid') {
      return [h('section', { class: 'panel', role: 'alert' }, h('h2', {}, t('invalidTitle')), h('p', {}, t('invalid')))];
    }
    if (status === 'sent') {
      const again = h('button', { type: 'button', class: 'send', id: 'help-another' }, t('another'));
      again.addEventListener('click', () => {
        Object.assign(values, { kind: '', needs: '', urgent: false });
        status = 'ready';
        render('help-room');
      });
      return [h('section', { class: 'panel sent', role: 'status' }, h('h2', {}, t('sentTitle')), h('p', {}, t('sent'))), again];
    }
    return [h('p', { class: 'intro' }, t('intro')), form()];
  }

  function render(focusId?: string) {
    document.documentElement.lang = i18n.language;
    document.title = t('title');
    const place = unit ? h('p', { class: 'place' }, t('place', { community: unit.community, building: unit.building, unit: unit.unit })) : null;
    root.replaceChildren(h('header', {}, languageSwitch(), h('h1', { id: 'help-title' }, t('title')), place), h('main', {}, ...body()));
    if (focusId) document.getElementById(focusId)?.focus();
  }

  async function switchLanguage(language: Language) {
    await loadLanguage(i18n, language);
    await i18n.changeLanguage(language);
    deps.onLanguage?.(language);
    render(`help-lang-${language}`);
  }

  async function submit() {
    if (status === 'sending') return;
    failure = null;
    requestId ??= uuidv7();
    // The form's values as typed (a kind not chosen yet is ''): the shared schema says what is wrong.
    const parsed = publicHelpRequestSchema.safeParse({
      requestId,
      room: values.room,
      kind: values.kind,
      needs: values.needs,
      urgent: values.urgent,
      contactPhone: values.phone,
      ...(values.name.trim() ? { contactName: values.name } : {}),
    });
    if (!parsed.success) {
      errors = fieldErrors(parsed.error);
      render(INPUT_IDS[FIELD_ORDER.find((field) => errors[field]) ?? 'room']);
      return;
    }
    errors = {};
    const request: PublicHelpRequest = parsed.data;
    status = 'sending';
    render();
    try {
      await sendRequest(deps.fetch, deps.token, request);
      status = 'sent';
      requestId = null;
      render('help-another');
    } catch (error) {
      failure = error instanceof HelpFailure ? error : new HelpFailure('SERVER');
      errors = failure.code === 'VALIDATION' ? failure.fields : {};
      status = failure.code === 'POSTER_CODE_INVALID' ? 'invalid' : 'ready';
      render();
    }
  }

  render();
  const ready = (async () => {
    if (status !== 'loading') return;
    try {
      unit = await readUnit(deps.fetch, deps.token);
      status = 'ready';
    } catch (error) {
      // Without a connection the form is still shown: sending says what went wrong.
      status = error instanceof HelpFailure && error.code === 'POSTER_CODE_INVALID' ? 'invalid' : 'ready';
    }
    render();
  })();
  return { ready };
}

/** The poster's code in the page's address: /help/<token>. */
export function tokenFromPath(pathname: string): string {
  const match = /^\/help\/([^/]+)\/?$/.exec(pathname);
  if (!match) return '';
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return '';
  }
}
