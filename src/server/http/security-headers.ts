/**
 * Security headers on every answer (the app's files, the API, errors): a strict Content-Security-Policy,
 * nosniff, no referrer, a Permissions-Policy that lets only this origin use the camera (the gate's QR
 * scanner) and, when the server is reached over https (PUBLIC_URL), HSTS.
 *
 * The built app has no inline script or style: index.html loads its module scripts and stylesheet from
 * /assets, the service worker is /sw.js (registered by workbox-window), the household QR code is drawn
 * from its modules, and React sets element styles through the CSSOM (not governed by style-src).
 * Images may be data: or blob: URLs; everything the app fetches is on this origin (/api/v1).
 */
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Only features Chromium recognises: an unknown one is reported as an error in the console. */
export const PERMISSIONS_POLICY = [
  'camera=(self)',
  'microphone=()',
  'geolocation=()',
  'display-capture=()',
  'payment=()',
  'usb=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
].join(', ');

export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** True when the server's public address is https (then browsers are told to keep to https). */
export function isHttpsUrl(publicUrl: string | null | undefined): boolean {
  if (!publicUrl) return false;
  try {
    return new URL(publicUrl).protocol === 'https:';
  } catch {
    return false;
  }
}

export interface SecurityHeaderOptions {
  /** The address users reach the server at (PUBLIC_URL); HSTS is sent only when it is https. */
  publicUrl?: string | null;
}

/** Register before any route or plugin, so every answer (also 404s and errors) carries the headers. */
export function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions = {}): void {
  const hsts = isHttpsUrl(options.publicUrl);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (hsts) reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    return payload;
  });
}
