/** A household's place as the screens write it: "3号楼 2-501" (building, unit-room); "2-501" without the building. */
export function roomAddress(buildingName: string | undefined, unit: string, room: string): string {
  return `${buildingName ?? ''} ${unit.trim()}-${room.trim()}`.trim();
}
