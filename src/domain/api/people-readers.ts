/**
 * How the app reads the answers of the people calls (issue 13). A module of its own, imported
 * lazily with the people calls (src/data/api/people-api.ts): only the secretary's People screen
 * and the Join screen need them.
 */
import { loginResponseSchema } from '../sync-protocol';
import { addPersonResponseSchema, peopleResponseSchema, personResponseSchema, signInCodeInfoSchema, signInCodeResponseSchema } from './people';
import { reader } from './response-readers';

export const readPeopleAnswer = {
  people: reader(peopleResponseSchema),
  added: reader(addPersonResponseSchema),
  person: reader(personResponseSchema),
  signInCode: reader(signInCodeResponseSchema),
  codeInfo: reader(signInCodeInfoSchema),
  signedIn: reader(loginResponseSchema),
};
