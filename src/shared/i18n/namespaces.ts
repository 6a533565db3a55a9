/**
 * Translation namespaces. The core one ('translation': sign-in, shell, sync, settings, errors) loads at
 * start; each feature namespace is its own pair of files under locales/<namespace>/ and loads with the
 * first screen that uses it, which keeps the first screen small.
 *
 * Feature code names its keys with the namespace (visit:form.save) and asks for the namespace
 * with useTranslation('visit') so the screen waits (Suspense) until its messages are there.
 */
export const FEATURE_NAMESPACES = ['validation', 'round', 'household', 'visit', 'search', 'report', 'checkpoint', 'shift', 'attention', 'community', 'reports', 'buildings', 'sealing', 'settings', 'signin', 'conflicts', 'trends', 'requests', 'volunteer', 'people', 'posters', 'review', 'tasks', 'ledger', 'monitoring', 'testing', 'phones', 'update', 'lock', 'street'] as const;
export type FeatureNamespace = (typeof FEATURE_NAMESPACES)[number];
