/**
 * The public side of one-time sign-in codes (issue 13): POST /api/v1/auth/sign-in-code/check says
 * who a code is for; POST /api/v1/auth/sign-in-code/redeem sets the password and signs the phone in
 * exactly as /auth/login does. Every code that cannot be used (unknown, used, expired, its account
 * ended) gets the same 401 SIGN_IN_CODE_INVALID. Failures count per address in the sign-in limiter
 * (as a pseudo-account of that address): after 5, each further one waits 1 s doubling up to 15 min
 * (429 with Retry-After), which holds guessing 12-digit codes near 100 tries a day per address.
 */
import {
  checkSignInCodeRequestSchema,
  redeemSignInCodeRequestSchema,
  signInCodeInfoSchema,
  type SignInCodeInfo,
} from '../../domain/api/people';
import { loginResponseSchema, type LoginResponse } from '../../domain/sync-protocol';
import { hashPassword } from '../auth/password';
import { createSession } from '../auth/sessions';
import { findUsableCode, redeemSignInCode } from '../auth/sign-in-codes';
import type { UserRow } from '../auth/users';
import { errorReply, HttpError } from '../http/errors';
import type { ContractApp } from '../http/request-validation';
import type { ServerContext } from '../server-context';
import { tokens } from './auth-routes';

const codeInvalid = () => new HttpError(401, 'SIGN_IN_CODE_INVALID', 'This sign-in code cannot be used');
const limiterKey = (ip: string) => `sign-in-code:${ip}`;

const invalidReply = errorReply[401].meta({
  description: 'SIGN_IN_CODE_INVALID: unknown, used, expired, or its account ended (the same answer for each)',
});
const limitedReply = errorReply[429].meta({ description: 'TOO_MANY_REQUESTS: too many wrong codes from this address; Retry-After says when' });

async function refuseWhileLimited(ctx: ServerContext, ip: string): Promise<void> {
  const waitMs = await ctx.limiter.retryAfterMs(limiterKey(ip), ip);
  if (waitMs > 0) {
    throw new HttpError(429, 'TOO_MANY_REQUESTS', 'Too many wrong codes; try again later', undefined, {
      'retry-after': String(Math.ceil(waitMs / 1000)),
    });
  }
}

async function failed(ctx: ServerContext, ip: string): Promise<never> {
  await ctx.limiter.recordFailure(limiterKey(ip), ip);
  throw codeInvalid();
}

export function registerSignInCodeRoutes(app: ContractApp, ctx: ServerContext): void {
  app.post(
    '/api/v1/auth/sign-in-code/check',
    {
      schema: {
        summary: 'Who a one-time sign-in code is for (before the password is set)',
        tags: ['auth'],
        body: checkSignInCodeRequestSchema,
        response: { 200: signInCodeInfoSchema, 400: errorReply[400], 401: invalidReply, 429: limitedReply },
      },
    },
    async (request): Promise<SignInCodeInfo> => {
      await refuseWhileLimited(ctx, request.ip);
      const holder = await findUsableCode(ctx.db, request.body.code);
      if (!holder) return failed(ctx, request.ip);
      return {
        name: holder.user.display_name,
        username: holder.user.username,
        role: holder.user.role,
        communityName: holder.communityName,
        expiresAt: holder.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/v1/auth/sign-in-code/redeem',
    {
      schema: {
        summary: 'Use a one-time sign-in code: set the password and sign in',
        description: 'The code works once: of two redeems at the same time exactly one succeeds. Answers like /auth/login.',
        tags: ['auth'],
        body: redeemSignInCodeRequestSchema,
        response: { 200: loginResponseSchema, 400: errorReply[400], 401: invalidReply, 429: limitedReply },
      },
    },
    async (request): Promise<LoginResponse> => {
      await refuseWhileLimited(ctx, request.ip);
      const { code, password, deviceId } = request.body;
      const passwordHash = await hashPassword(password);
      let user: UserRow;
      try {
        user = await ctx.db.transaction(async (tx) => {
          const redeemed = await redeemSignInCode(tx, code, passwordHash);
          // Thrown inside: the code's use and the password roll back together.
          if (!redeemed) throw codeInvalid();
          return redeemed;
        });
      } catch (error) {
        if (error instanceof HttpError && error.code === 'SIGN_IN_CODE_INVALID') return failed(ctx, request.ip);
        throw error;
      }
      const session = await createSession(ctx.db, user.id, deviceId ?? 'unknown');
      request.log.info({ userId: user.id }, 'sign-in code redeemed');
      return tokens(ctx, user, session.sessionId, session.refreshToken);
    },
  );
}
