/**
 * Display labels of codebook categories, naming dimensions and segments: English for the axis,
 * Arabic for the term the variant stands for, so charts read for both audiences.
 * Unknown ids fall back to the id itself, so a new codebook category still shows up.
 */

/** Label of each known category id: English gloss · Arabic term. */
export const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  naming_gov_regime: 'regime · النظام',
  naming_gov_state: 'state · الدولة',
  naming_gov_metonym: 'Damascus · دمشق',
  naming_turkey_occupation: 'occupation · الاحتلال',
  naming_turkey_guarantor: 'guarantor · الضامن',
  naming_turkey_regime: 'Turkish regime · النظام التركي',
  naming_north_liberated: 'liberated · المحرر',
  naming_north_occupied: 'occupied · المحتل',
  naming_north_neutral: 'neutral · الشمال السوري',
  topic_reconciliation: 'reconciliation topic · التطبيع/المصالحة',
  hashtag: 'hashtags · وسوم',
  label_revolution: 'revolution label · ثورة/ثوار',
  label_armed: 'armed-group label · فصائل مسلحة',
  label_terror: 'terror label · إرهاب',
  label_opposition: 'opposition label · المعارضة',
  label_mercenary: 'mercenary label · مرتزقة',
  frame_security: 'security frame · الأمن',
  frame_humanitarian: 'humanitarian frame · إنساني',
  frame_accountability: 'accountability frame · المحاسبة',
  frame_sovereignty: 'sovereignty frame · السيادة',
  frame_diplomacy: 'diplomacy frame · الدبلوماسية',
  frame_economy: 'economy frame · الاقتصاد',
  stance_support: 'for reconciliation · تأييد',
  stance_oppose: 'against reconciliation · رفض',
  slogan: 'slogans · شعارات',
};

/** Title of each naming dimension. */
export const DIMENSION_LABELS: Readonly<Record<string, string>> = {
  gov: 'Syrian government',
  turkey: "Turkey's role",
  north: 'northern Syria',
};

/** Label of each text segment. */
export const SEGMENT_LABELS: Readonly<Record<string, string>> = {
  reporting: 'reporting',
  comments: 'reader comments',
};

/** Label of a category id (the id itself when unknown). @example categoryLabel('naming_gov_regime') // 'regime · النظام' */
export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category;
}

/** Label of a naming dimension id. @example dimensionLabel('north') // 'northern Syria' */
export function dimensionLabel(dimension: string): string {
  return DIMENSION_LABELS[dimension] ?? dimension;
}

/** Label of a segment. @example segmentLabel('comments') // 'reader comments' */
export function segmentLabel(segment: string): string {
  return SEGMENT_LABELS[segment] ?? segment;
}

/**
 * Display name of an outlet id: the registry name when known, the id otherwise, `unknown outlet`
 * for null.
 * @example outletLabel('orient_news', {orient_news: 'Orient News'}) // 'Orient News'
 */
export function outletLabel(outlet: string | null, names?: Record<string, string>): string {
  if (outlet === null || outlet === '' || outlet === '(unknown)') return 'unknown outlet';
  return names?.[outlet] ?? outlet;
}
