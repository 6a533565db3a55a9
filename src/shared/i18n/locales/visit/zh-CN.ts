/** The 'visit' namespace in Simplified Chinese (keys are written visit:key in the code); en.ts has the same key tree. */
export const messages = {
  title: 'TODO',
};
