/**
 * The Join screen's second step: who the code is for ("Welcome, 王五 — Volunteer of 幸福里社区; your
 * username is 13812341234"), then a new password twice; "Set password and sign in" redeems the code.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient } from '../../data';
import { redeemSignInCodeRequestSchema, type SignInCodeInfo } from '../../domain/api/people';
import { fieldErrors } from '../../domain/validation-errors';
import { formatDateTime } from '../../shared/format-date-time';
import { validationKeys } from '../../shared/i18n/message-keys';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { joinErrorKeys } from './join-errors';

export interface JoinPasswordFormProps {
  code: string;
  info: SignInCodeInfo;
  onSignedIn: () => void;
  onOtherCode: () => void;
}

export function JoinPasswordForm({ code, info, onSignedIn, onOtherCode }: JoinPasswordFormProps) {
  const { t, i18n } = useTranslation(['people', 'validation']);
  const client = useDataClient();
  const form = useFormSubmit({ fixKey: null, codeKeys: joinErrorKeys, shownFields: ['password', 'passwordAgain'] });
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const error = (field: string) => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };

  const submit = async () => {
    const checked = redeemSignInCodeRequestSchema.safeParse({ code, password });
    if (!checked.success) {
      const fields = fieldErrors(checked.error);
      // A code the server accepted a moment ago is well-formed: only the password can be wrong here.
      form.fail([], { password: validationKeys(fields.password ?? 'password_too_short') });
      return;
    }
    if (again !== password) {
      form.fail([], { passwordAgain: ['people:join.mismatch'] });
      return;
    }
    if (await form.run(() => client.redeemSignInCode(checked.data.code, checked.data.password))) onSignedIn();
  };

  const role = t(`role.${info.role}`, { defaultValue: info.role });
  return (
    <form className="gw-form gw-join" onSubmit={form.handle(submit)} noValidate>
      <h2>{t('people:join.welcome', { name: info.name })}</h2>
      <p>{info.communityName ? t('people:join.who', { role, community: info.communityName }) : t('people:join.whoNoCommunity', { role })}</p>
      <p>
        <strong>{t('people:join.username', { username: info.username })}</strong>
      </p>
      <p className="gw-hint">{t('people:join.expires', { time: formatDateTime(info.expiresAt, i18n.language) })}</p>
      {/* The username beside the new password lets the phone's password manager save the pair. */}
      <input type="text" name="username" autoComplete="username" value={info.username} readOnly hidden />
      <TextField
        label={t('people:join.password')}
        name="new-password"
        type="password"
        autoComplete="new-password"
        value={password}
        error={error('password')}
        onChange={(event) => {
          setPassword(event.target.value);
          form.clearField('password');
        }}
      />
      <TextField
        label={t('people:join.passwordAgain')}
        name="new-password-again"
        type="password"
        autoComplete="new-password"
        value={again}
        error={error('passwordAgain')}
        onChange={(event) => {
          setAgain(event.target.value);
          form.clearField('passwordAgain');
        }}
      />
      <FormFailure form={form} ns="people" />
      <Button type="submit" block disabled={form.busy} busy={form.busy}>
        {form.busy ? t('people:join.submitting') : t('people:join.submit')}
      </Button>
      <Button variant="quiet" block onClick={onOtherCode} disabled={form.busy}>
        {t('people:join.otherCode')}
      </Button>
    </form>
  );
}
