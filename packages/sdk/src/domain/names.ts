// What is invisible in a name. A module of its own: the scrubber of court and statistics texts needs
// only this, not the lookup's shard keys (sources/shard-key.ts) that build on it.

/**
 * Characters that are invisible in a name: format characters (zero-width, bidi controls, soft
 * hyphen, BOM, tags), Hangul fillers, variation selectors, Khmer and Mongolian invisible marks, the
 * braille blank and the combining grapheme joiner. 张\u202e三 and 李\u200b四 must not pass for 张三, 李四.
 */
export const INVISIBLE_IN_NAME = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u034F\u17B4\u17B5\u180B-\u180F\u2800\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
