package org.countrystance.sample;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/** Turns a generated row into an invalid one of a given kind, as a careless scraper or a hostile page would. */
final class BadRows {
  /** Byte sequences no UTF-8 decoder accepts: bad continuation, 0xFF, lone continuation, a surrogate. */
  private static final byte[][] INVALID_UTF8 = {
      {(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};

  private final GeneratorSettings settings;
  private final List<String[]> badDates;
  private final List<String[]> forgedLogs;

  BadRows(GeneratorSettings settings, SampleVocabulary vocabulary) {
    this.settings = settings;
    this.badDates = vocabulary.defects("bad_date");
    this.forgedLogs = vocabulary.defects("forged_log");
  }

  /** The kind of invalid row at {@code index}, or null for a valid row. */
  BadRowKind kindAt(long index) {
    if (index == settings.oversizeRowIndex()) return BadRowKind.OVERSIZE_TEXT;
    long period = settings.badRowPeriod();
    if (period == 0 || index % period != period / 2) return null;
    return BadRowKind.CYCLE[(int) ((index / period) % BadRowKind.CYCLE.length)];
  }

  /** Spoils {@code draft}; {@code idOf} names earlier rows for the duplicate-id kind. */
  void apply(BadRowKind kind, ArticleDraft draft, long index, SplittableRandom rng, LongFunction<String> idOf) {
    draft.defects.add(kind.defect());
    if (kind.destroysText()) draft.stances.clear();
    switch (kind) {
      case MISSING_ID -> draft.articleId = null;
      case MISSING_TEXT -> draft.text = null;
      case EMPTY_TEXT -> draft.text = rng.nextBoolean() ? "" : " \n\t ";
      case UNPARSEABLE_DATE -> draft.publishedAt = RandomStreams.pick(rng, badDates)[1];
      case DATE_TOO_OLD -> draft.publishedAt = PublishedAtFormat.inYear(draft.instant, 1500);
      case DATE_IN_FUTURE -> draft.publishedAt = PublishedAtFormat.inYear(draft.instant, 2999);
      case INVALID_UTF8 -> {
        draft.rawText = withInvalidBytes(draft.text.getBytes(StandardCharsets.UTF_8), rng);
        draft.text = new String(draft.rawText, StandardCharsets.UTF_8);
      }
      case CONTROL_CHARACTERS -> draft.text = controlGarbage(draft.text, rng);
      case DUPLICATE_ID -> {
        long back = 1 + rng.nextInt((int) Math.max(1, Math.min(index, Math.min(20, settings.badRowPeriod() - 1))));
        draft.articleId = idOf.apply(Math.max(0, index - back));
      }
      case FORGED_LOG_TITLE -> draft.title = draft.title + RandomStreams.pick(rng, forgedLogs)[1];
      case OVERSIZE_TEXT -> draft.text = oversize(draft.text, settings.maxTextBytes());
    }
  }

  private static byte[] withInvalidBytes(byte[] valid, SplittableRandom rng) {
    // mostly junk (one bad sequence per ~8 bytes, so its stances are gone): a few lost characters are
    // kept and flagged by the job, not rejected
    int count = 3 + valid.length / 8;
    byte[] out = Arrays.copyOf(valid, valid.length + 3 * count);
    int length = valid.length;
    for (int k = 0; k < count; k++) {
      byte[] bad = INVALID_UTF8[rng.nextInt(INVALID_UTF8.length)];
      int at = rng.nextInt(length + 1);
      while (at < length && (out[at] & 0xC0) == 0x80) at++;  // insert between characters, not inside one
      System.arraycopy(out, at, out, at + bad.length, length - at);
      System.arraycopy(bad, 0, out, at, bad.length);
      length += bad.length;
    }
    return Arrays.copyOf(out, length);
  }

  /** A short prose lead followed by binary junk: NUL and other C0 controls mixed with Latin-1 bytes. */
  private static String controlGarbage(String text, SplittableRandom rng) {
    StringBuilder out = new StringBuilder(text.substring(0, Math.min(40, text.length())));
    for (int i = 0; i < 600; i++) {
      int r = rng.nextInt(10);
      out.append(r < 7 ? (char) rng.nextInt(0x20) : r < 8 ? '\u007f' : (char) (0xA0 + rng.nextInt(0x60)));
    }
    return out.toString();
  }

  /** The text repeated until it passes the size limit by a little (about 2 MiB by default). */
  private static String oversize(String text, int maxBytes) {
    int unit = text.getBytes(StandardCharsets.UTF_8).length + 2;
    int copies = maxBytes / unit + 2;
    StringBuilder out = new StringBuilder(copies * (text.length() + 2));
    for (int i = 0; i < copies; i++) out.append(text).append("\n\n");
    return out.toString();
  }
}
