/** The 'search' namespace in Simplified Chinese (keys are written search:key in the code); en.ts has the same key tree. */
export const messages = {
  title: 'TODO',
};
