/** The 'round' namespace in Simplified Chinese (keys are written round:key in the code); en.ts has the same key tree. */
export const messages = {
  title: 'TODO',
};
