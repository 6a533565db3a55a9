/**
 * The /join route (signed out): a new person opens the QR code's link (or types the 12 digits), sees
 * whom the code is for, sets a password and is signed in with the role the community gave them.
 * Online only: the code is checked and redeemed on the server.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useDataClient } from '../../data';
import { signInCodeField, type SignInCodeInfo } from '../../domain/api/people';
import { validationKeys } from '../../shared/i18n/message-keys';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { joinErrorKeys } from './join-errors';
import { JoinPasswordForm } from './join-password-form';
import { SignedOutFrame } from './signed-out-frame';

type Checked = { code: string; info: SignInCodeInfo };

function CodeForm({ initialCode, onChecked }: { initialCode: string; onChecked: (checked: Checked) => void }) {
  const { t } = useTranslation(['people', 'validation']);
  const client = useDataClient();
  const form = useFormSubmit({ fixKey: null, codeKeys: joinErrorKeys });
  const [code, setCode] = useState(initialCode);
  const keys = form.fieldError('code');
  const latest = useRef({ code, onChecked });
  latest.current = { code, onChecked };

  const check = async (typed: string) => {
    const parsed = signInCodeField.safeParse(typed);
    if (!parsed.success) {
      form.fail([], { code: validationKeys('sign_in_code_invalid') });
      return;
    }
    const result: { info?: SignInCodeInfo } = {};
    const ok = await form.run(async () => {
      result.info = await client.checkSignInCode(parsed.data);
    });
    if (ok && result.info) latest.current.onChecked({ code: parsed.data, info: result.info });
  };
  const checkRef = useRef(check);
  checkRef.current = check;

  // A code from the QR code's link is checked at once.
  useEffect(() => {
    if (initialCode) void checkRef.current(initialCode);
  }, [initialCode]);

  return (
    <form className="gw-form" onSubmit={form.handle(() => check(code))} noValidate>
      <p>{t('people:join.intro')}</p>
      <TextField
        label={t('people:join.code')}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        error={keys ? t(keys) : null}
        onChange={(event) => {
          setCode(event.target.value);
          form.clearField('code');
        }}
      />
      <FormFailure form={form} ns="people" />
      <Button type="submit" block disabled={form.busy} busy={form.busy}>
        {form.busy ? t('people:join.checking') : t('people:join.check')}
      </Button>
    </form>
  );
}

export function JoinScreen() {
  const { t } = useTranslation('people');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [retyped, setRetyped] = useState(false);
  const fromLink = retyped ? '' : (params.get('code') ?? '');
  return (
    <SignedOutFrame title={t('people:join.title')}>
      {checked ? (
        <JoinPasswordForm
          code={checked.code}
          info={checked.info}
          onSignedIn={() => void navigate('/', { replace: true })}
          onOtherCode={() => {
            setRetyped(true);
            setChecked(null);
          }}
        />
      ) : (
        <CodeForm initialCode={fromLink} onChecked={setChecked} />
      )}
    </SignedOutFrame>
  );
}
