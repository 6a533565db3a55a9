/** The settings of issue 11, item 8, read from the environment: PUBLIC_URL, SERVE_SOURCE_MAPS, API_DOCS. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/server/config';

describe('security settings', () => {
  it('default to no public URL, no source maps and a public API description', () => {
    const config = readConfig({});
    expect(config.publicUrl).toBeNull();
    expect(config.serveSourceMaps).toBe(false);
    expect(config.apiDocs).toBe(true);
  });

  it('read PUBLIC_URL as an http(s) URL and refuse anything else', () => {
    expect(readConfig({ PUBLIC_URL: 'https://grid.example/' }).publicUrl).toBe('https://grid.example');
    expect(readConfig({ PUBLIC_URL: 'http://10.0.0.2:8080' }).publicUrl).toBe('http://10.0.0.2:8080');
    expect(() => readConfig({ PUBLIC_URL: 'grid.example' })).toThrow(/PUBLIC_URL/);
    expect(() => readConfig({ PUBLIC_URL: 'ftp://grid.example' })).toThrow(/PUBLIC_URL/);
  });

  it('turn source maps on only with SERVE_SOURCE_MAPS=1 and the docs off only with API_DOCS=0', () => {
    expect(readConfig({ SERVE_SOURCE_MAPS: '1' }).serveSourceMaps).toBe(true);
    expect(readConfig({ SERVE_SOURCE_MAPS: '0' }).serveSourceMaps).toBe(false);
    expect(readConfig({ API_DOCS: '0' }).apiDocs).toBe(false);
    expect(readConfig({ API_DOCS: '1' }).apiDocs).toBe(true);
  });
});
