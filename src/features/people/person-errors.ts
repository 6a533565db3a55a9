/**
 * The people calls' failures in the words the forms use (the server's VALIDATION fields show on the
 * fields through useFormSubmit, as every form's do): NETWORK says the screen needs a connection.
 */
import { errorKeys } from '../../shared/i18n/message-keys';

/** The banner's keys for a failed people call: NETWORK needs a connection, else the general words. */
export function peopleErrorKeys(code: string | null): string[] {
  return code === 'NETWORK' ? ['people:needsConnection'] : errorKeys(code);
}

/** A wrong field's path as the form's field: buildingIds.0 → buildingIds. */
export function personFieldOf(path: string): string {
  return path.split('.')[0] ?? path;
}
