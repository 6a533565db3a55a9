/** The 'tasks' namespace in Chinese (the default language). */
export const messages = {
  title: 'tasks',
};
