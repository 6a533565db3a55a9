/** The key groups (重点人群) home offers as shortcuts; each is a resident tag and a /groups/:tag page. */
export const HOME_KEY_GROUPS = ['elderly_alone', 'home_monitoring', 'returnee', 'close_contact'] as const;
