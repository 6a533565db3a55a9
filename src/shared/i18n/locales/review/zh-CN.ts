/** The 'review' namespace in Chinese (the default language). */
export const messages = {
  title: 'review',
};
