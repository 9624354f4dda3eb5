package org.countrystance.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException.BadValue;
import com.typesafe.config.ConfigException.WrongType;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads {@link JobConfig}: the defaults in {@code conf/application.conf} (from the classpath), then a
 * user file ({@code --conf}), then {@code --set key=value} overrides; validates every value once,
 * naming the key of anything wrong or unknown.
 */
public final class ConfigLoader {
  private static final String DEFAULTS = "conf/application.conf";
  private static final String AUTHOR_BY_SOURCE = "input.author-by-source";

  private ConfigLoader() {}

  public static JobConfig load(Path userFile, List<String> overrides) {
    Config defaults = ConfigFactory.parseResources(ConfigLoader.class.getClassLoader(), DEFAULTS,
        ConfigParseOptions.defaults().setAllowMissing(false).setSyntax(ConfigSyntax.CONF));
    Config merged = defaults;
    if (userFile != null) {
      if (!Files.isRegularFile(userFile)) {
        throw new ConfigException("--conf " + userFile + ": no such file");
      }
      Config user = parse(() -> ConfigFactory.parseFile(userFile.toFile(),
          ConfigParseOptions.defaults().setAllowMissing(false)), "--conf " + userFile);
      rejectUnknownKeys(user, defaults, "--conf " + userFile);
      merged = user.withFallback(merged);
    }
    List<String> secretWords = defaults.getStringList("secrets.key-words");
    for (String override : overrides) {
      int eq = override.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException("--set " + (isSecretKey(override, secretWords) ? "(hidden)" : override)
            + ": expected key=value");
      }
      String key = override.substring(0, eq).trim();
      String value = override.substring(eq + 1).trim();
      // An error message must not echo a secret's value back into logs.
      String shown = isSecretKey(key, secretWords) ? key + "=***" : override;
      Config one = parse(() -> ConfigFactory.parseString(key + " = " + quoteIfNeeded(value)),
          "--set " + shown);
      rejectUnknownKeys(one, defaults, "--set " + key);
      merged = one.withFallback(merged);
    }
    return validate(merged.resolve());
  }

  private static JobConfig validate(Config c) {
    InputColumns columns = new InputColumns(
        nonBlank(c, "input.columns.article_id"), nonBlank(c, "input.columns.url"),
        nonBlank(c, "input.columns.title"), nonBlank(c, "input.columns.text"),
        nonBlank(c, "input.columns.published_at"), nonBlank(c, "input.columns.source"),
        nonBlank(c, "input.columns.language"), nonBlank(c, "input.columns.author_country"),
        authorBySource(c));
    JobConfig.Limits limits = new JobConfig.Limits(
        positiveLong(c, "limits.max-text-bytes"),
        intBetween(c, "limits.min-year", 1, 9999),
        intBetween(c, "limits.future-tolerance-hours", 0, 24 * 366),
        fraction(c, "limits.max-reject-ratio"),
        fraction(c, "limits.max-invalid-utf8-share"));
    Map<String, String> sparkConf = new TreeMap<>();
    for (Map.Entry<String, ConfigValue> e : c.getConfig("spark.conf").entrySet()) {
      sparkConf.put(e.getKey().replace("\"", ""), String.valueOf(e.getValue().unwrapped()));
    }
    JobConfig.SparkSettings spark = new JobConfig.SparkSettings(
        nonBlank(c, "spark.master"), nonBlank(c, "spark.app-name"),
        intBetween(c, "spark.shuffle-partitions", 0, 100_000),
        positiveLong(c, "spark.max-rows-per-file"), bool(c, "spark.ui-enabled"), sparkConf);
    JobConfig.Cleaning cleaning = new JobConfig.Cleaning(
        get(c, "rules.conf-dir", () -> c.getString("rules.conf-dir")).trim(),
        get(c, "cleaning.annotate-languages", () -> c.getStringList("cleaning.annotate-languages")));
    double threshold = fraction(c, "dedup.threshold");
    if (threshold < 0.3) {
      throw new ConfigException("dedup.threshold: expected a Jaccard similarity in [0.3, 1], got " + threshold);
    }
    double floor = fraction(c, "dedup.containment-floor");
    if (floor < 0.3) {
      throw new ConfigException("dedup.containment-floor: expected a Jaccard similarity in [0.3, 1], got " + floor);
    }
    // a floor above the threshold would never apply: a threshold set below it lowers it
    JobConfig.Dedup dedup = new JobConfig.Dedup(threshold, fraction(c, "dedup.containment"),
        Math.min(floor, threshold), intBetween(c, "dedup.containment-min-shingles", 0, 1_000_000),
        intBetween(c, "dedup.window-days", 0, 3660));
    Map<String, QualityCheckSettings> quality = new LinkedHashMap<>();
    for (String check : List.of("row-count-vs-trailing-median", "valid-country-codes", "unique-keys",
        "complete-dates", "processing-errors", "not-annotated-share")) {
      String base = "quality." + check;
      quality.put(check, new QualityCheckSettings(level(c, base + ".level"),
          c.hasPath(base + ".runs") ? intBetween(c, base + ".runs", 1, 1000) : 0,
          c.hasPath(base + ".min-fraction") ? fraction(c, base + ".min-fraction") : 0,
          c.hasPath(base + ".warn-above") ? fraction(c, base + ".warn-above") : 1,
          c.hasPath(base + ".error-above") ? fraction(c, base + ".error-above") : 1,
          c.hasPath(base + ".max-share") ? fraction(c, base + ".max-share") : 0));
    }
    return new JobConfig(
        get(c, "input.path", () -> c.getString("input.path")).trim(), columns,
        get(c, "output.path", () -> c.getString("output.path")).trim(),
        new DateRange(date(c, "dates.from"), date(c, "dates.to")), limits, spark, cleaning,
        dedup, get(c, "annotate.pretrained-sentiment-path",
            () -> c.getString("annotate.pretrained-sentiment-path")).trim(),
        Map.copyOf(quality),
        get(c, "secrets.key-words", () -> c.getStringList("secrets.key-words")),
        hash(c), c.root().unwrapped(), false,
        OutputFormat.parse("output.format", get(c, "output.format", () -> c.getString("output.format"))));
  }

  /** A key that the defaults do not declare is a typo or a stale setting: say which. */
  private static void rejectUnknownKeys(Config user, Config defaults, String where) {
    for (Map.Entry<String, ConfigValue> e : user.entrySet()) {
      String key = e.getKey();
      if (key.startsWith("spark.conf.") || key.startsWith(AUTHOR_BY_SOURCE + ".")) continue;
      if (!defaults.hasPathOrNull(key)) {
        throw new ConfigException(where + ": unknown key '" + key + "' (see conf/application.conf)");
      }
    }
  }

  /** input.author-by-source: each source (trimmed, lower-cased) to an upper-case ISO3 code. */
  private static Map<String, String> authorBySource(Config c) {
    Map<String, String> out = new TreeMap<>();
    var sources = get(c, AUTHOR_BY_SOURCE, () -> c.getObject(AUTHOR_BY_SOURCE));
    for (Map.Entry<String, ConfigValue> e : sources.entrySet()) {
      String key = AUTHOR_BY_SOURCE + ".\"" + e.getKey() + "\"";
      Object value = e.getValue().unwrapped();
      if (!(value instanceof String iso3) || !iso3.matches("[A-Z]{3}")) {
        throw new ConfigException(key + ": expected the ISO3 code of a country in upper case (e.g. USA), got "
            + e.getValue().render(ConfigRenderOptions.concise()));
      }
      String source = e.getKey().trim().toLowerCase(java.util.Locale.ROOT);
      if (source.isEmpty()) throw new ConfigException(key + ": the source is empty");
      if (out.put(source, iso3) != null) {
        throw new ConfigException(AUTHOR_BY_SOURCE + ": source '" + source
            + "' is given twice (sources are matched case-insensitively)");
      }
    }
    return out;
  }

  private static String quoteIfNeeded(String value) {
    if (value.isEmpty()) return "\"\"";
    if (value.startsWith("[") || value.startsWith("{") || value.startsWith("\"")) return value;
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private interface Getter<T> {
    T get();
  }

  private static <T> T get(Config c, String key, Getter<T> getter) {
    try {
      return getter.get();
    } catch (WrongType | BadValue e) {
      throw new ConfigException(key + ": " + e.getMessage());
    } catch (com.typesafe.config.ConfigException.Missing e) {
      throw new ConfigException(key + ": missing");
    }
  }

  private static Config parse(Getter<Config> p, String where) {
    try {
      return p.get();
    } catch (com.typesafe.config.ConfigException e) {
      throw new ConfigException(where + ": " + e.getMessage());
    }
  }

  private static String nonBlank(Config c, String key) {
    String v = get(c, key, () -> c.getString(key)).trim();
    if (v.isEmpty()) throw new ConfigException(key + ": expected a non-empty value");
    return v;
  }

  private static long positiveLong(Config c, String key) {
    long v = get(c, key, () -> c.getLong(key));
    if (v <= 0) throw new ConfigException(key + ": expected a positive number, got " + v);
    return v;
  }

  private static int intBetween(Config c, String key, int min, int max) {
    int v = get(c, key, () -> c.getInt(key));
    if (v < min || v > max) {
      throw new ConfigException(key + ": expected " + min + ".." + max + ", got " + v);
    }
    return v;
  }

  private static double fraction(Config c, String key) {
    double v = get(c, key, () -> c.getDouble(key));
    if (!(v >= 0 && v <= 1)) throw new ConfigException(key + ": expected a number in [0, 1], got " + v);
    return v;
  }

  private static boolean bool(Config c, String key) {
    return get(c, key, () -> c.getBoolean(key));
  }

  private static QualityCheckSettings.Level level(Config c, String key) {
    String v = get(c, key, () -> c.getString(key)).trim().toUpperCase();
    try {
      return QualityCheckSettings.Level.valueOf(v);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key + ": expected off, warn or error, got '" + v.toLowerCase() + "'");
    }
  }

  private static LocalDate date(Config c, String key) {
    String v = get(c, key, () -> c.getString(key)).trim();
    return v.isEmpty() ? null : parseDate(key, v);
  }

  /** A yyyy-MM-dd day, or a ConfigException naming where it came from. */
  public static LocalDate parseDate(String key, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new ConfigException(key + ": expected a date as yyyy-MM-dd, got '" + value + "'");
    }
  }

  /** A key whose name contains one of the secret key words (case-insensitive), e.g. "...secret.key". */
  public static boolean isSecretKey(String key, List<String> words) {
    String k = key.toLowerCase(java.util.Locale.ROOT);
    return words.stream().anyMatch(w -> k.contains(w.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * A short hash of the effective configuration, with secret values masked first: the hash goes into
   * every manifest, and a hash over a weak secret would let anyone holding a manifest guess it.
   */
  private static String hash(Config c) {
    List<String> words = c.getStringList("secrets.key-words");
    Config masked = c;
    for (Map.Entry<String, ConfigValue> e : c.entrySet()) {
      if (isSecretKey(e.getKey(), words) && !e.getKey().equals("secrets.key-words")) {
        masked = masked.withValue(e.getKey(), com.typesafe.config.ConfigValueFactory.fromAnyRef("***"));
      }
    }
    try {
      String rendered = masked.root().render(ConfigRenderOptions.concise().setJson(true));
      byte[] d = MessageDigest.getInstance("SHA-256").digest(rendered.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
