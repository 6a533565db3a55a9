import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../data/data-client';
import { useDataClient } from '../../data/hooks/data-client-context';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { TextField } from '../../shared/ui/text-field';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';

export interface SignInFormProps {
  initialUsername?: string;
  onSignedIn?: () => void;
}

type Missing = { username: boolean; password: boolean };

/** Username and password; errors from the server are shown translated above the button. */
export function SignInForm({ initialUsername = '', onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const client = useDataClient();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Missing>({ username: false, password: false });
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useUnsavedInput(username !== initialUsername || password !== '');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const name = username.trim();
    const nextMissing = { username: name === '', password: password === '' };
    setMissing(nextMissing);
    if (nextMissing.username || nextMissing.password) return;
    setBusy(true);
    setErrorCode(null);
    try {
      await client.signIn(name, password);
      setPassword('');
      onSignedIn?.();
    } catch (error) {
      setErrorCode(error instanceof ApiError ? error.code : 'UNKNOWN');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="gw-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('signIn.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        error={missing.username ? t('signIn.usernameRequired') : null}
      />
      <TextField
        label={t('signIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={missing.password ? t('signIn.passwordRequired') : null}
      />
      {errorCode ? (
        <Banner tone="error">{t([`signIn.error.${errorCode}`, `errors.${errorCode}`, 'errors.UNKNOWN'])}</Banner>
      ) : null}
      <Button type="submit" block disabled={busy} busy={busy}>
        {busy ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </form>
  );
}
