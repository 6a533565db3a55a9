import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResidentSearch } from '../../data';
import { search } from '../../domain/search/search';
import { localDateOf } from '../../shared/local-date';
import { PageLayout } from '../../shared/ui/page-layout';
import { TextField } from '../../shared/ui/text-field';
import { SearchResultItem } from './search-result-item';
import './search.css';

/** At most this many hits are shown: a keystroke renders a short list, whatever the scope. */
const RESULT_LIMIT = 30;

/**
 * The /search route: one box over every resident and household on this phone (the user's scope). Results
 * follow each keystroke; the index is built once when the screen opens and again when the records change.
 */
export function SearchScreen() {
  const { t } = useTranslation('search');
  const { prepared } = useResidentSearch();
  const [query, setQuery] = useState('');
  const today = useMemo(() => localDateOf(), []);
  // One more than shown, so the "first 30" hint appears only when there really are more.
  const found = useMemo(() => (prepared ? search(prepared.index, query, RESULT_LIMIT + 1) : []), [prepared, query]);
  const hits = found.slice(0, RESULT_LIMIT);
  const blank = query.trim() === '';

  return (
    <PageLayout title={t('search:title')} className="gw-search">
      <TextField
        type="search"
        label={t('search:box')}
        name="q"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="search"
      />
      {prepared ? null : (
        <p className="gw-loading" role="status">
          {t('search:preparing')}
        </p>
      )}
      {blank ? <p className="gw-hint">{t('search:hint')}</p> : null}
      {prepared && !blank && hits.length === 0 ? (
        <p className="gw-empty" role="status">
          {t('search:noMatch')}
        </p>
      ) : null}
      {/* data-query: the query these results answer (absent until the index is ready), for tests and the benchmark. */}
      <ul className="gw-list gw-search__results" aria-label={t('search:results')} data-query={prepared ? query : undefined}>
        {prepared
          ? hits.map((hit) => <SearchResultItem key={`${hit.entry.kind}:${hit.entry.id}`} entry={hit.entry} records={prepared.records} today={today} />)
          : null}
      </ul>
      {found.length > RESULT_LIMIT ? <p className="gw-hint">{t('search:capped', { n: RESULT_LIMIT })}</p> : null}
    </PageLayout>
  );
}
