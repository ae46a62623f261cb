package com.redress.grading.matching;

/**
 * One phrase found in a text.
 *
 * @param payload  what the phrase stands for (e.g. the rule it belongs to)
 * @param phrase   the phrase as written in the rule
 * @param found    the text as it appears at the match, after width and whitespace normalisation
 * @param position the offset of the match in the normalised text
 */
public record PhraseMatch<T>(T payload, String phrase, String found, int position) {
}
