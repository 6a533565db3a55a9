/** The 'checkpoint' namespace in Simplified Chinese (keys are written checkpoint:key in the code); en.ts has the same key tree. */
export const messages = {
  title: '卡口',
};
