import { describe, expect, it } from 'vitest';
import { householdUrl, parseHouseholdLink } from '../../../src/domain/household-link';

const ID = '0192f1b4-0000-7000-8000-0000000000c1';
const ORIGIN = 'https://gridwalk.example';

describe('householdUrl', () => {
  it("is the household screen's address on the app's origin", () => {
    expect(householdUrl(ORIGIN, ID)).toBe(`${ORIGIN}/households/${ID}`);
    expect(householdUrl(`${ORIGIN}/`, ID)).toBe(`${ORIGIN}/households/${ID}`);
  });

  it('reads back as the same household', () => {
    expect(parseHouseholdLink(householdUrl(ORIGIN, ID), ORIGIN)).toBe(ID);
  });
});

describe('parseHouseholdLink', () => {
  it('accepts /households/<uuid>, with or without a trailing slash, and surrounding blanks', () => {
    expect(parseHouseholdLink(`${ORIGIN}/households/${ID}`)).toBe(ID);
    expect(parseHouseholdLink(`${ORIGIN}/households/${ID}/`)).toBe(ID);
    expect(parseHouseholdLink(` ${ORIGIN}/households/${ID}\n`, ORIGIN)).toBe(ID);
    expect(parseHouseholdLink(`http://localhost:8080/households/${ID}`, 'http://localhost:8080')).toBe(ID);
  });

  it('refuses other paths of the app', () => {
    expect(parseHouseholdLink(`${ORIGIN}/households`)).toBeNull();
    expect(parseHouseholdLink(`${ORIGIN}/households/`)).toBeNull();
    expect(parseHouseholdLink(`${ORIGIN}/households/${ID}/visits/new`)).toBeNull();
    expect(parseHouseholdLink(`${ORIGIN}/buildings/${ID}`)).toBeNull();
    expect(parseHouseholdLink(`${ORIGIN}/app/households/${ID}`)).toBeNull();
    expect(parseHouseholdLink(`${ORIGIN}/households/not-a-uuid`)).toBeNull();
    expect(parseHouseholdLink(`${ORIGIN}/households/${ID}x`)).toBeNull();
  });

  it('refuses a query, a fragment or credentials in the link', () => {
    expect(parseHouseholdLink(`${ORIGIN}/households/${ID}?next=/settings`)).toBeNull();
    expect(parseHouseholdLink(`${ORIGIN}/households/${ID}#x`)).toBeNull();
    expect(parseHouseholdLink(`https://user:pw@gridwalk.example/households/${ID}`)).toBeNull();
  });

  it('refuses text that is no web address', () => {
    expect(parseHouseholdLink('')).toBeNull();
    expect(parseHouseholdLink(ID)).toBeNull();
    expect(parseHouseholdLink(`/households/${ID}`)).toBeNull();
    expect(parseHouseholdLink('WIFI:S:home;T:WPA;P:secret;;')).toBeNull();
    expect(parseHouseholdLink(`javascript:alert(1)//households/${ID}`)).toBeNull();
    expect(parseHouseholdLink(`ftp://gridwalk.example/households/${ID}`)).toBeNull();
  });

  it("refuses another site's link when the app's origin is given", () => {
    expect(parseHouseholdLink(`https://evil.example/households/${ID}`, ORIGIN)).toBeNull();
    expect(parseHouseholdLink(`http://gridwalk.example/households/${ID}`, ORIGIN)).toBeNull();
    expect(parseHouseholdLink(`https://gridwalk.example:8443/households/${ID}`, ORIGIN)).toBeNull();
    expect(parseHouseholdLink(`https://GRIDWALK.example:443/households/${ID}`, ORIGIN)).toBe(ID);
    expect(parseHouseholdLink(`https://evil.example/households/${ID}`)).toBe(ID);
  });
});
