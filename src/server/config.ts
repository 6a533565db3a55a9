/** Server configuration from the environment. */
import path from 'node:path';
import { parseTrustProxy } from './auth/trusted-proxies';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  demoPassword: string;
  secret: string | null;
  staticDir: string;
  /** TRUST_PROXY: proxy addresses/CIDRs whose X-Forwarded-For is believed; empty: none. */
  trustProxy: string[];
}

export const DEFAULT_DEMO_PASSWORD = 'gridwalk-demo';

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || null,
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    secret: env.SECRET || null,
    staticDir: path.resolve(env.STATIC_DIR || './dist'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

/** The same database settings the server uses, for the admin command. */
export function databaseOptions(config: ServerConfig): { databaseUrl: string | null; dataDir: string } {
  return { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
}
