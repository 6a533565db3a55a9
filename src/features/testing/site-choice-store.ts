/**
 * The sampling site's standing choice per campaign: the site this phone samples at and its current tube
 * (UI state kept in localStorage), so a reload or a restart in the middle of the morning carries on with
 * the same site and the same tube.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface SiteChoiceState {
  /** The chosen site's id, by campaign id. */
  sites: Record<string, string>;
  /** The current tube's number (as typed), by campaign id. */
  tubes: Record<string, string>;
  setSite: (campaignId: string, siteId: string) => void;
  setTube: (campaignId: string, tubeNumber: string) => void;
}

export const SITE_CHOICE_KEY = 'gridwalk-sampling-site';

export const useSiteChoice = create<SiteChoiceState>()(
  persist(
    (set) => ({
      sites: {},
      tubes: {},
      setSite: (campaignId, siteId) => set((state) => ({ sites: { ...state.sites, [campaignId]: siteId } })),
      setTube: (campaignId, tubeNumber) => set((state) => ({ tubes: { ...state.tubes, [campaignId]: tubeNumber } })),
    }),
    {
      name: SITE_CHOICE_KEY,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ sites, tubes }) => ({ sites, tubes }),
    },
  ),
);
