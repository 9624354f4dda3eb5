package org.countrystance.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code mentions} fact table: one country mention in one sentence of one article, with its
 * role, the sentence's tone and, for a speaking country, its stated position on a topic.
 * Partitioned by the article's UTC publication day.
 */
public final class MentionsTable {
  public static final String NAME = "mentions";
  public static final String PARTITION = "published_date";

  public static final String ARTICLE_ID = "article_id";
  public static final String STORY_ID = "story_id";
  public static final String IS_CANONICAL = "is_canonical";
  public static final String PUBLISHED_DATE = "published_date";
  public static final String SOURCE = "source";
  public static final String SENTENCE_INDEX = "sentence_index";
  public static final String SENTENCE = "sentence";
  public static final String MENTION_INDEX = "mention_index";
  public static final String COUNTRY = "country";
  public static final String SURFACE = "surface";
  public static final String MENTION_KIND = "mention_kind";
  public static final String CHAR_START = "char_start";
  public static final String CHAR_END = "char_end";
  public static final String ROLE = "role";
  public static final String COUNTERPARTS = "counterparts";
  public static final String DYAD_TARGETS = "dyad_targets";
  public static final String TONE = "tone";
  public static final String MENTION_TONE = "mention_tone";
  /** Tone from a configured pretrained Spark NLP model (null when none is configured). */
  public static final String MODEL_TONE = "model_tone";
  public static final String TOPICS = "topics";
  public static final String TOPIC = "topic";
  public static final String POSITION = "position";
  public static final String POLARITY = "polarity";
  public static final String CONFIDENCE = "confidence";
  public static final String CUES = "cues";
  public static final String RUN_ID = "run_id";

  public static final StructType SCHEMA = new StructType()
      .add(ARTICLE_ID, StringType, false)
      .add(STORY_ID, StringType, false)
      .add(IS_CANONICAL, BooleanType, false)
      .add(SOURCE, StringType, true)
      .add(SENTENCE_INDEX, IntegerType, false)
      .add(SENTENCE, StringType, false)
      .add(MENTION_INDEX, IntegerType, false)
      .add(COUNTRY, StringType, false)
      .add(SURFACE, StringType, false)
      .add(MENTION_KIND, StringType, false)
      .add(CHAR_START, IntegerType, false)
      .add(CHAR_END, IntegerType, false)
      .add(ROLE, StringType, false)
      .add(COUNTERPARTS, createArrayType(StringType, false), false)
      .add(DYAD_TARGETS, createArrayType(StringType, false), false)
      .add(TONE, DoubleType, false)
      .add(MENTION_TONE, DoubleType, false)
      .add(MODEL_TONE, DoubleType, true)
      .add(TOPICS, createArrayType(StringType, false), false)
      .add(TOPIC, StringType, true)
      .add(POSITION, StringType, true)
      .add(POLARITY, StringType, true)
      .add(CONFIDENCE, DoubleType, true)
      .add(CUES, createArrayType(StringType, false), false)
      .add(RUN_ID, StringType, false)
      .add(PUBLISHED_DATE, DateType, false);

  private MentionsTable() {}
}
