package org.countrystance.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.countrystance.country.MentionKind;
import org.countrystance.country.RoledMention;

/**
 * The countries an official statement reports its author meeting or acting together with, read sentence by
 * sentence: "President Biden met today with President López Obrador", "spoke today with President Zelenskyy
 * of Ukraine", "hosted Prime Minister Kishida", or a country named together with the author's as one subject
 * or pair ("Spain and the United States", "President Biden and President López Obrador", "between the United
 * States and Mexico"). The last sentence that names any holds for the ten sentences after it, or until the next
 * one names others; "the leaders", "both countries" and "our two countries" in those sentences are the author and
 * these partners ({@code stance.Owners}).
 */
final class MeetingPartners {
  /** One word of a title or a name before the partner's: "President", "Emmanuel", "of", "bin". */
  private static final String NAME = "(?:(?:\\p{Lu}[\\p{L}.'’-]*|of|de|la|bin|al)\\s+)";
  /** A word of a list of partners: a title, a name, "the", "and", a comma ("Macron of France, Chancellor ..."). */
  private static final String LISTED = "(?:(?:\\p{Lu}[\\p{L}.'’-]*,?|of|de|la|bin|al|the|and)\\s+)";
  /**
   * A verb or noun of meeting right before the partner's name: "met (today) with", "spoke with", "a call with",
   * and "hosted", "welcomed", "received" before a title or a first name ("welcomed Chancellor Olaf Scholz", not
   * "welcomed Poland's partnership").
   */
  private static final Pattern MEETING = Pattern.compile("\\b(?:(?i:met|meets|meet|meeting|spoke|speaks|speak|talked"
      + "|talks|call|called|conversation)\\s+(?:\\p{L}+\\s+){0,3}?(?i:with)\\s+(?:the\\s+)?" + LISTED + "{0,16}"
      + "|(?i:hosted|hosts|hosting|welcomed|welcomes|welcoming|received|receives)\\s+(?:the\\s+)?" + NAME + "{1,6})$");
  /** What may stand between two names of one subject or pair: "and", an article, titles. */
  private static final Pattern TOGETHER = Pattern.compile("\\s+and\\s+(?:the\\s+)?" + NAME + "{0,3}");
  /**
   * What may stand before such a pair: nothing but titles since the start of the sentence, a comma or "between"
   * ("During the meeting, President Biden and President Lasso", "between the United States and Mexico"), not a
   * clause ("the people of Venezuela and President Biden reiterated").
   */
  private static final Pattern PAIR_OPENING = Pattern.compile("(?:^[^\\p{L}]*|[,;:]|\\bbetween)\\s*(?:the\\s+)?" + NAME
      + "{0,3}$");
  /** An author's own office opening a sentence, the subject of a meeting it reports. */
  private static final Pattern OWN_OFFICE_OPENING = Pattern.compile("(?i)^\\W*(?:the\\s+)?(?:vice\\s+)?president\\b");
  /**
   * A possessor right before the word of meeting ("Secretary Blinken's upcoming meeting with"): a meeting the
   * statement mentions, not the one it reports.
   */
  private static final Pattern POSSESSED = Pattern.compile("['’]s\\s+(?:\\p{L}+\\s+)?$");
  /** How far before a name a verb of meeting is looked for. */
  private static final int REACH = 200;
  /** How many sentences after the last that named them the partners hold (a readout, not a whole briefing). */
  private static final int HOLD = 10;

  private final String author;
  private List<String> current = List.of();
  private int namedAt;

  MeetingPartners(String author) {
    this.author = author;
  }

  /** Reads one sentence of the author's own text and returns the partners in force for it. */
  List<String> read(int index, String text, List<RoledMention> mentions) {
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < mentions.size(); i++) {
      RoledMention m = mentions.get(i);
      if (m.mention().iso3().equals(author) || m.mention().kind() == MentionKind.PLACE) {
        continue; // a city or region is where a meeting is, not who meets ("met today with Akiba Takeo")
      }
      int start = m.mention().start();
      if (meetingBefore(text, mentions, start) || namedWithTheAuthor(text, mentions, i)) {
        found.add(m.mention().iso3());
      }
    }
    if (!found.isEmpty()) {
      current = List.copyOf(new ArrayList<>(found));
      namedAt = index;
    }
    return index - namedAt <= HOLD ? current : List.of();
  }

  /**
   * A verb of meeting right before the name, done by the author (named before it, or its office opening the
   * sentence).
   */
  private boolean meetingBefore(String text, List<RoledMention> mentions, int start) {
    int from = Math.max(0, start - REACH);
    var matcher = MEETING.matcher(text.substring(from, start));
    if (!matcher.find()) {
      return false;
    }
    int verb = from + matcher.start();
    if (POSSESSED.matcher(text.substring(0, verb)).find()) {
      return false;
    }
    for (RoledMention m : mentions) {
      if (m.mention().iso3().equals(author) && m.mention().end() <= verb) {
        return true;
      }
    }
    return OWN_OFFICE_OPENING.matcher(text).find();
  }

  /** The name and one of the author's country are joined by "and" ("Spain and the United States"). */
  private boolean namedWithTheAuthor(String text, List<RoledMention> mentions, int i) {
    int start = mentions.get(i).mention().start();
    int end = mentions.get(i).mention().end();
    for (RoledMention m : mentions) {
      if (!m.mention().iso3().equals(author)) {
        continue;
      }
      int a = m.mention().start();
      int b = m.mention().end();
      if (b <= start && TOGETHER.matcher(text.substring(b, start)).matches()
          && PAIR_OPENING.matcher(text.substring(0, a)).find()
          || end <= a && TOGETHER.matcher(text.substring(end, a)).matches()
          && PAIR_OPENING.matcher(text.substring(0, start)).find()) {
        return true;
      }
    }
    return false;
  }
}
