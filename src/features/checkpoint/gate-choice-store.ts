/**
 * The gate's standing choice, checkpoint and direction: UI state kept in localStorage, so it survives
 * a reload and stays until the person on duty changes it.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { CheckpointEntry } from '../../domain/entities/checkpoint-entry';

export type Direction = CheckpointEntry['direction'];

interface GateChoiceState {
  checkpointId: string;
  direction: Direction;
  setCheckpoint: (checkpointId: string) => void;
  setDirection: (direction: Direction) => void;
}

export const GATE_CHOICE_KEY = 'gridwalk-gate-choice';

export const useGateChoice = create<GateChoiceState>()(
  persist(
    (set) => ({
      checkpointId: '',
      direction: 'in',
      setCheckpoint: (checkpointId) => set({ checkpointId }),
      setDirection: (direction) => set({ direction }),
    }),
    {
      name: GATE_CHOICE_KEY,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ checkpointId, direction }) => ({ checkpointId, direction }),
    },
  ),
);
