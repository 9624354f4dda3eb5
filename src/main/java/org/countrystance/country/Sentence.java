package org.countrystance.country;

import java.io.Serializable;

/** One sentence of an article: its position, its character span in the article text and its text. */
public record Sentence(int index, int start, int end, String text) implements Serializable {}
