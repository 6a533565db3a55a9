import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient } from '../../data';
import { errorKeys } from '../../shared/i18n/message-keys';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';

export interface SignInFormProps {
  initialUsername?: string;
  onSignedIn?: () => void;
}

type Missing = { username: boolean; password: boolean };

/** Sign-in's own words for a code first (e.g. no network the first time), else the general ones. */
function signInErrorKeys(code: string | null): string[] {
  return [`signin:error.${code ?? 'UNKNOWN'}`, ...errorKeys(code)];
}

/** Username and password; errors from the server are shown translated above the button. */
export function SignInForm({ initialUsername = '', onSignedIn }: SignInFormProps) {
  const { t } = useTranslation('signin');
  const client = useDataClient();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Missing>({ username: false, password: false });
  const form = useFormSubmit({ fixKey: 'errors.UNKNOWN', codeKeys: signInErrorKeys });
  const busy = form.busy;
  useUnsavedInput(username !== initialUsername || password !== '');

  async function submit() {
    const name = username.trim();
    const nextMissing = { username: name === '', password: password === '' };
    setMissing(nextMissing);
    if (nextMissing.username || nextMissing.password) return;
    form.reset();
    if (!(await form.run(() => client.signIn(name, password)))) return;
    setPassword('');
    onSignedIn?.();
  }

  return (
    <form className="gw-form" onSubmit={form.handle(submit)} noValidate>
      <TextField
        label={t('signin:username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        error={missing.username ? t('signin:usernameRequired') : null}
      />
      <TextField
        label={t('signin:password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={missing.password ? t('signin:passwordRequired') : null}
      />
      <FormFailure form={form} />
      <Button type="submit" block disabled={busy} busy={busy}>
        {busy ? t('signin:submitting') : t('signin:submit')}
      </Button>
    </form>
  );
}
