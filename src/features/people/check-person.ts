/**
 * The add-person form checks its input with the server's own schema (addPersonRequestSchema) before
 * sending; the schema's module loads on the first save, not with the screen.
 */
import type { AddPersonRequest } from '../../domain/api/people';
import { LocalValidationError } from '../../shared/write-failure';

/** The request as the server will read it (trimmed, defaults filled), or LocalValidationError (field → key). */
export async function checkAddPerson(input: AddPersonRequest): Promise<AddPersonRequest> {
  const [{ addPersonRequestSchema }, { fieldErrors }] = await Promise.all([import('../../domain/api/people'), import('../../domain/validation-errors')]);
  const result = addPersonRequestSchema.safeParse(input);
  if (!result.success) throw new LocalValidationError(fieldErrors(result.error));
  return result.data;
}
