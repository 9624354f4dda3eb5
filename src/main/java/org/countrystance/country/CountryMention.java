package org.countrystance.country;

import java.io.Serializable;

/** One country reference in a sentence: ISO 3166-1 alpha-3 code, the text as written, its character span and kind. */
public record CountryMention(String iso3, String surface, int start, int end, MentionKind kind)
    implements Serializable {}
