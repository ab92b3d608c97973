// Which answer of the collect question an item speaks for: the old fact kinds and rule ids
// (../../facts/collected.ts) mapped to collect answers, and the words that decide how precise a
// location is (GUIDE.md, Clarification 6). Re-exported by ./index.ts.
import type { CollectItem } from '../items.ts';

/** Old fact kinds (../facts/collected.ts) → the collect answers they support. */
export const KIND_TO_ITEMS: Readonly<Record<string, readonly CollectItem[]>> = {
  contact: ['contact'],
  financial: ['payment'],
  'government-id': ['government-id'],
  credentials: ['credentials'],
  device: ['device'],
  'online-activity': ['activity'],
  'call-records': ['call-records', 'activity'],
  communications: ['content'],
  health: ['sensitive'],
  biometrics: ['sensitive'],
  demographics: ['demographics'],
  'social-media': ['social-media'],
  cookies: ['cookies'],
  'from-others': ['from-others'],
};

/** Rule ids of ../facts/collected.ts whose item belongs to another answer than its kind's.
 *  Location rules speak for the approximate answer unless the words matched are precise
 *  (PRECISE_LOCATION_WORDS); a "preferred" or "service" location (ADDRESS_AS_LOCATION) is an
 *  address the person gives, not where they are. */
export const RULE_TO_ITEMS: Readonly<Record<string, readonly CollectItem[]>> = {
  'collect.location.precise': ['approximate-location'],
  'collect.location.general': ['approximate-location'],
  'collect.location.service': ['approximate-location'],
  'collect.cookies.cookies': ['cookies'],
  // "Usage information" is what the person does on any service, not a telephone call record.
  'collect.call-records.usage': ['activity'],
};

/** Location wording that states precision (Clarification 6): GPS, coordinates, "precise",
 *  "exact" or "specific" location, the device's location services or settings, location
 *  taken from the device. Unqualified "location" or "geolocation" is approximate. */
export const PRECISE_LOCATION_WORDS =
  /(?<!\bnon-|\bnon )\b(?:precise|exact|specific|accurate|fine|fine-grained|detailed|real-time) (?:device )?(?:geo-?)?(?:graphic(?:al)? )?(?:location|position)|\bGPS\b|\bGlobal Positioning\b|\blatitude\b|\blongitude\b|\bgeo-?coordinates\b|(?<!\bco-)\blocation services\b|\blocation[- ]?(?:based )?(?:information|data)? (?:from (?:(?:your|the) )?|of your )(?:mobile )?devices?\b|(?<!\b(?:non-?|im)precise |\b(?:approximate|coarse|general|rough) )\bdevice location\b|\bwhere your (?:mobile )?(?:device|phone) is\b/i;

/** A location that is an address the person gives ("preferred location", "service location"). */
export const ADDRESS_AS_LOCATION = /^(?:preferred|service) locations?$/i;

/** "determined at a town or city level", "we collect general location information", "location
 *  derived from your IP address": what is said is approximate, whatever the source or the
 *  setting that allows it. */
export const COARSE_LOCATION_LEVEL =
  /\b(?:town|city|country|region|state|zip code|post ?code)(?: or (?:town|city|country|region|state))?[- ]level\b|\b(?:general|approximate|coarse|imprecise|non-precise) (?:device )?(?:geo-?)?location\b|\b(?:derived|inferred|determined|estimated|generated) (?:from|based on) (?:your |the |its |an )?IP\b|\b(?:information|data|location) based on (?:your |the |its |an )?IP\b|\b(?:region|country|city|area|state) (?:where|in which) your (?:mobile )?(?:device|phone) is\b/i;
/** Precise in itself, whatever else the sentence says: GPS, coordinates, "precise". */
export const PRECISE_IN_ITSELF = /\bGPS\b|\bGlobal Positioning\b|\blatitude\b|\blongitude\b|\bgeo-?coordinates\b/i;

/** An explicit "precise"/"exact", not "imprecise" or "non-precise". */
export const SAYS_PRECISE = /(?<![\w-])(?:precise|exact)\b/i;
