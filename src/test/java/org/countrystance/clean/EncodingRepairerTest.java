package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.countrystance.config.ConfTable;
import org.junit.jupiter.api.Test;

/** Mojibake and lost apostrophes as scrapers deliver them: repaired where certain, counted otherwise. */
class EncodingRepairerTest {
  private static final CleaningRules RULES = CleaningRules.loadDefault();
  private static final EncodingRepairer REPAIRER = new EncodingRepairer(RULES.mojibake);

  /** What a page declared as Windows-1252 but written in UTF-8 looks like once decoded. */
  private static String misdecoded(String text, String charset) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (!charset.equals("windows-1252")) return new String(utf8, Charset.forName(charset));
    StringBuilder b = new StringBuilder();
    for (byte x : utf8) {
      String one = new String(new byte[] {x}, Charset.forName("windows-1252"));
      // bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come out as their C1 code point
      b.append(one.equals("\uFFFD") ? String.valueOf((char) (x & 0xFF)) : one);
    }
    return b.toString();
  }

  @Test
  void windows1252MojibakeOfQuotesDashesAndLettersIsRepaired() {
    String original = "Zelensky\u2019s \u201cpeace formula\u201d \u2013 Erdo\u011fan and Pe\u00f1a Nieto react\u2026";
    String scraped = misdecoded(original, "windows-1252");
    assertEquals("Zelenskyâ€™s â€œpeace formulaâ€\u009D â€“ ErdoÄŸan and PeÃ±a Nieto reactâ€¦", scraped);
    EncodingRepairer.Repaired r = REPAIRER.repair(scraped, false);
    assertEquals(original, r.text());
    assertEquals(7, r.repaired());
    assertEquals(0, r.bad());
  }

  @Test
  void latin1MojibakeWithC1CodePointsIsRepaired() {
    String original = "Caf\u00e9 owners in Kyiv say \u2018we stay\u2019";
    EncodingRepairer.Repaired r = REPAIRER.repair(misdecoded(original, "ISO-8859-1"), false);
    assertEquals(original, r.text());
    assertEquals(3, r.repaired());
  }

  @Test
  void aLostApostropheInEnglishTextBecomesAnApostrophe() {
    EncodingRepairer.Repaired r = REPAIRER.repair("Russia\uFFFD\uFFFDs Mutiny Shows Ukraine Can Win the War", true);
    assertEquals("Russia's Mutiny Shows Ukraine Can Win the War", r.text());
    assertEquals(1, r.repaired());
    assertEquals(0, r.bad());
    assertEquals("Ukraine warns against 'repeating Merkel's mistake'",
        REPAIRER.repair("Ukraine warns against 'repeating Merkel\uFFFD\uFFFDs mistake'", true).text());
    assertEquals("We don't know, they've said, and it'll last",
        REPAIRER.repair("We don\uFFFDt know, they\uFFFDve said, and it\uFFFD\uFFFD\uFFFDll last", true).text());
  }

  @Test
  void anAccentOrQuotationMarkTypedForAnApostropheBecomesOne() {
    EncodingRepairer.Repaired r = REPAIRER.repair(
        "Russia\u00B4s war isn\u00B4t over, the Ukrainians\u00B4 pride, you\u2018ve seen it, we don`t know the U.K.\u00B4s",
        true);
    assertEquals("Russia's war isn't over, the Ukrainians' pride, you've seen it, we don't know the U.K.'s", r.text());
    assertEquals(6, r.repaired());
    assertEquals(0, r.bad());
  }

  @Test
  void anOkinaAQuotationAndALoneAccentAreNotApostrophes() {
    String hawaii = "Maui and O\u2018ahu, Hawai\u2018i, the \u2018liberation\u2019 of it, caf\u00B4e, a \u00B4 mark, U.K.\u00B4";
    EncodingRepairer.Repaired r = REPAIRER.repair(hawaii, true);
    assertEquals(hawaii, r.text());
    assertEquals(0, r.repaired());
    // and nothing in a text without English function words
    assertEquals("Russia\u00B4s", REPAIRER.repair("Russia\u00B4s", false).text());
  }

  @Test
  void aLostCharacterThatIsNotCertainlyAnApostropheIsLeftAndCounted() {
    // French: "après" and "très" end like an English possessive; without English evidence nothing changes
    EncodingRepairer.Repaired french = REPAIRER.repair("Apr\uFFFDs la guerre, tr\uFFFDs peu de gaz", false);
    assertEquals("Apr\uFFFDs la guerre, tr\uFFFDs peu de gaz", french.text());
    assertEquals(0, french.repaired());
    assertEquals(2, french.bad());
    // a dash or a letter inside a word: which one was lost is not known
    EncodingRepairer.Repaired dash = REPAIRER.repair("Kyiv \uFFFD the capital \uFFFD was na\uFFFDve", true);
    assertEquals("Kyiv \uFFFD the capital \uFFFD was na\uFFFDve", dash.text());
    assertEquals(3, dash.bad());
  }

  @Test
  void ordinaryTextIncludingRealAccentsIsUntouched() {
    String text = "S\u00c3O PAULO \u2014 \u00c5land and \u00c4rzte in S\u00e3o Paulo said \u00c3 is a letter.";
    EncodingRepairer.Repaired r = REPAIRER.repair(text, true);
    assertTrue(r.text() == text, "no copy when nothing changes");
    assertEquals(0, r.repaired());
  }

  @Test
  void everyTableRowIsWhatTheNamedCharsetMakesOfTheCharactersUtf8Bytes() {
    ConfTable t = ConfTable.from(org.countrystance.config.RuleTables.shipped(), "cleaning/mojibake.tsv").requireEveryCell();
    int seq = t.column("mojibake"), chr = t.column("character"), as = t.column("decoded_as");
    assertTrue(t.rows().size() > 200);
    for (String[] row : t.rows()) {
      String character = CleaningRules.codePoints(row[chr]);
      assertEquals(misdecoded(character, row[as].equals("latin-1") ? "ISO-8859-1" : row[as]),
          CleaningRules.codePoints(row[seq]), "row " + String.join(" | ", row));
    }
  }
}
