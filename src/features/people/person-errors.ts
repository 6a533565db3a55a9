/**
 * The people calls' failures in the words the forms use: the server's VALIDATION fields become
 * field messages (useFormSubmit shows them on the fields), NETWORK says the screen needs a connection.
 */
import { ApiError } from '../../data';
import { errorKeys } from '../../shared/i18n/message-keys';
import { LocalValidationError } from '../../shared/write-failure';

/** Runs a people call; a VALIDATION answer with fields is rethrown as field errors. */
export async function withFieldErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'VALIDATION' && error.fields && Object.keys(error.fields).length > 0) {
      throw new LocalValidationError(error.fields);
    }
    throw error;
  }
}

/** The banner's keys for a failed people call: NETWORK needs a connection, else the general words. */
export function peopleErrorKeys(code: string | null): string[] {
  return code === 'NETWORK' ? ['people:needsConnection'] : errorKeys(code);
}

/** A wrong field's path as the form's field: buildingIds.0 → buildingIds. */
export function personFieldOf(path: string): string {
  return path.split('.')[0] ?? path;
}
