/** The 'posters' namespace in Simplified Chinese (the default language): the key tree en.ts follows. */
export const messages = {
  title: '单元海报',
};
