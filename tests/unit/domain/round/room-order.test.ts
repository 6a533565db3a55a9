import { describe, expect, it } from 'vitest';
import { compareRoomPlaces, floorOfRoom, roomAfter } from '../../../../src/domain/round/room-order';

const room = (id: string, unit: string, number: string) => ({ id, unit, room: number });

describe('room order', () => {
  it('reads the floor from a Chinese room number', () => {
    expect(floorOfRoom('501')).toBe(5);
    expect(floorOfRoom('1203')).toBe(12);
    expect(floorOfRoom('8')).toBe(1);
    expect(floorOfRoom(' 302 ')).toBe(3);
    expect(floorOfRoom('B1-3')).toBeNull();
  });

  it('walks unit by unit, floor by floor, rooms in number order, odd rooms last', () => {
    const rooms = [room('a', '2', '101'), room('b', '1', '1002'), room('c', '1', '201'), room('d', '1', '门面'), room('e', '1', '202'), room('f', '10', '101')];
    expect([...rooms].sort(compareRoomPlaces).map((r) => r.id)).toEqual(['c', 'e', 'b', 'd', 'a', 'f']);
  });

  it('finds the next room of a walk, none after the last, and none for a room not on it', () => {
    const walk = [room('a', '1', '102'), room('b', '1', '101'), room('c', '2', '101')].sort(compareRoomPlaces);
    expect(roomAfter(walk, 'b')?.id).toBe('a');
    expect(roomAfter(walk, 'a')?.id).toBe('c');
    expect(roomAfter(walk, 'c')).toBeNull();
    expect(roomAfter(walk, 'missing')).toBeNull();
  });
});
