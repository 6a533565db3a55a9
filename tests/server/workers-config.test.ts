/** WORKERS (issue 19): how many server processes share the port; more than one needs PostgreSQL. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';

const pg = 'postgres://postgres@127.0.0.1:5432/test';

describe('WORKERS', () => {
  it('is 1 by default and takes 1 to 64 processes on PostgreSQL', () => {
    expect(readConfig({}).workers).toBe(1);
    expect(readConfig({ WORKERS: '4', DATABASE_URL: pg }).workers).toBe(4);
    expect(readConfig({ WORKERS: '64', DATABASE_URL: pg }).workers).toBe(64);
  });

  it('refuses more than one process on the embedded database, and what is no whole number from 1 to 64', () => {
    expect(() => readConfig({ WORKERS: '2' })).toThrow('WORKERS above 1 needs DATABASE_URL');
    expect(readConfig({ WORKERS: '1' }).workers).toBe(1);
    for (const value of ['0', '65', '2.5', 'two', '-1']) {
      expect(() => readConfig({ WORKERS: value, DATABASE_URL: pg })).toThrow('WORKERS must be a whole number from 1 to 64');
    }
  });
});
