/**
 * Guesses the language of a text without front matter: by script for Korean, Japanese and
 * Chinese, by frequent function words for Latin-script languages.
 */

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'you', 'your', 'to', 'of', 'is', 'we', 'for', 'that', 'this', 'with', 'please', 'have', 'not', 'are'],
  de: ['der', 'die', 'das', 'und', 'sie', 'ihre', 'ihr', 'wir', 'nicht', 'ist', 'mit', 'für', 'zu', 'den', 'bitte', 'ich', 'ein', 'eine'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'de', 'su', 'usted', 'por', 'para', 'con', 'no', 'es', 'una', 'gracias'],
  fr: ['le', 'la', 'les', 'et', 'vous', 'votre', 'nous', 'de', 'des', 'est', 'pour', 'avec', 'pas', 'une', 'merci', 'ne'],
};

export function detectLocale(text: string, fallback = 'en'): string {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let hangul = 0, kana = 0, han = 0, latin = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) as number;
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++;
    else if ((c >= 0x3040 && c <= 0x30ff)) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  const total = hangul + kana + han + latin;
  if (total === 0) return fallback;
  if (hangul / total > 0.2) return 'ko';
  if (kana > 0 && (kana + han) / total > 0.2) return 'ja';
  if (han / total > 0.2) return 'zh';
  const words = sample.toLowerCase().match(/[a-zäöüßéèêàâçñóíúù]+/g) ?? [];
  const scores: Record<string, number> = {};
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    scores[lang] = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
  }
  if (/[äöüß]/.test(sample)) scores.de += 2;
  if (/[ñ¿¡]/.test(sample)) scores.es += 2;
  if (/[çœ]|\bqu'/.test(sample)) scores.fr += 2;
  let best = fallback;
  let bestScore = 0;
  for (const [lang, score] of Object.entries(scores)) if (score > bestScore) { best = lang; bestScore = score; }
  return best;
}

/** The primary language subtag, lower case: `de-AT` -> `de`, `zh-Hans-CN` -> `zh`. */
export function baseLanguage(locale: string): string {
  return locale.split(/[-_]/)[0].toLowerCase();
}
