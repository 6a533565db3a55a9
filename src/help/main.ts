/** The residents' help page's entry (its own small build, not the app): /help/<token>. */
import '../domain/zod-without-eval';
import './help.css';
import { createHelpI18n, languageOf } from './help-i18n';
import { mountHelpPage, tokenFromPath } from './help-page';

const root = document.getElementById('help');
if (root) {
  const i18n = await createHelpI18n(languageOf(location.search));
  mountHelpPage(root, {
    token: tokenFromPath(location.pathname),
    fetch: (input, init) => fetch(input, init),
    i18n,
    onLanguage(language) {
      const url = new URL(location.href);
      url.searchParams.set('lang', language);
      history.replaceState(null, '', url);
    },
  });
}
