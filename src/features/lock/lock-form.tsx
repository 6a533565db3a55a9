/** The form of a lock screen: checked by the screen itself (no browser bubbles), submitted once per tap. */
import type { ReactNode } from 'react';

export function LockForm({ onSubmit, children }: { onSubmit: () => Promise<void>; children: ReactNode }) {
  return (
    <form
      className="gw-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
