/**
 * Browser-side defaults of the admin, written to localStorage before Strapi reads it (the app's
 * register step runs before the first render). Each is set only when the browser holds no value,
 * except the guided tour, which is switched off for everyone.
 */

// @strapi/admin/dist/admin/admin/src/reducer.mjs: StrapiApp.render() takes the locale from this key
// and otherwise falls back to English; the profile's language picker writes it.
export const LANGUAGE_KEY = 'strapi-admin-language';
// components/GuidedTour/Context.mjs: the tour's state; `enabled: false` is what "skip all tours" stores.
export const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';
// components/MediaLibraryBanner.mjs: "dismissed" per feature-flag state, scoped by the project's uuid
// from /admin/init, which is `false` while telemetry is disabled (cms/package.json) and undefined
// until /admin/init has answered.
const MEDIA_LIBRARY_BANNER_KEYS = ['true', 'false'].flatMap((flag) =>
  ['false', 'undefined'].map((scope) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${flag}:${scope}`)
);

export const applyAdminPreferences = (storage: Storage): void => {
  // Vietnamese unless the user chose another language in their profile.
  if (!storage.getItem(LANGUAGE_KEY)) storage.setItem(LANGUAGE_KEY, 'vi');
  document.documentElement.setAttribute('lang', storage.getItem(LANGUAGE_KEY) ?? 'vi');

  // The guided tour teaches building content types and API tokens: nothing an editor does here.
  let tour: Record<string, unknown> = {};
  try {
    const stored: unknown = JSON.parse(storage.getItem(GUIDED_TOUR_KEY) ?? '{}');
    if (stored && typeof stored === 'object') tour = stored as Record<string, unknown>;
  } catch {
    // A value Strapi cannot read either: replaced below.
  }
  storage.setItem(GUIDED_TOUR_KEY, JSON.stringify({ ...tour, enabled: false }));

  // The "Introducing the new Media Library" banner advertises Strapi's release to our editors.
  for (const key of MEDIA_LIBRARY_BANNER_KEYS) storage.setItem(key, 'true');
};
