/** The 'requests' namespace in Simplified Chinese (the default language): the key tree en.ts follows. */
export const messages = {
  title: '求助',
};
