/** The 'report' namespace in Simplified Chinese (keys are written report:key in the code); en.ts has the same key tree. */
export const messages = {
  title: 'TODO',
};
