package org.countrystance.stance;

import java.io.Serializable;

/** A position a country can state on a topic ("supports_ukraine") and its polarity to the target. */
public record Position(String id, Polarity polarity) implements Serializable {}
