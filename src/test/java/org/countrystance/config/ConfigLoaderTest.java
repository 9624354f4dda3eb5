package org.countrystance.config;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void defaultsLoadFromTheClasspathWithDocumentedValues() {
    JobConfig c = ConfigLoader.load(null, List.of());
    assertEquals(2_000_000, c.limits().maxTextBytes());
    assertEquals(0.5, c.limits().maxRejectRatio());
    assertEquals("text", c.columns().text());
    assertEquals("local[*]", c.spark().master());
    assertFalse(c.spark().uiEnabled());
    assertEquals(DateRange.ALL, c.dates());
  }

  @Test
  void aConfFileAndSetFlagsOverrideDefaultsInThatOrder() throws Exception {
    Path f = dir.resolve("my.conf");
    Files.writeString(f, "input.columns { text = body, published_at = date, url = link }\nlimits.max-reject-ratio = 0.2\n");
    JobConfig c = ConfigLoader.load(f, List.of("limits.max-reject-ratio=0.3", "dates.from=2023-01-02"));
    assertEquals("body", c.columns().text());
    assertEquals("date", c.columns().publishedAt());
    assertEquals("link", c.columns().url());
    assertEquals(0.3, c.limits().maxRejectRatio());
    assertEquals(LocalDate.of(2023, 1, 2), c.dates().from());
  }

  @Test
  void anUnknownKeyIsRefusedNamingTheKey() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("limits.max-rejct-ratio=0.2")));
    assertTrue(e.getMessage().contains("limits.max-rejct-ratio"), e.getMessage());
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedNamingTheKey() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("limits.max-text-bytes=lots")));
    assertTrue(e.getMessage().startsWith("limits.max-text-bytes"), e.getMessage());
  }

  @Test
  void anOutOfRangeValueIsRefusedNamingTheKeyAndTheValue() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("limits.max-reject-ratio=1.5")));
    assertTrue(e.getMessage().contains("limits.max-reject-ratio") && e.getMessage().contains("1.5"), e.getMessage());
  }

  @Test
  void dedupSettingsLoadAndAThresholdBelowTheContainmentFloorLowersTheFloor() {
    JobConfig.Dedup d = ConfigLoader.load(null, List.of("dedup.containment=0.95",
        "dedup.containment-min-shingles=150")).dedup();
    assertEquals(0.8, d.threshold());
    assertEquals(0.95, d.containment());
    assertEquals(0.6, d.containmentFloor());
    assertEquals(150, d.containmentMinShingles());
    assertEquals(30, d.windowDays(), "the cross-run window's default");
    assertEquals(7, ConfigLoader.load(null, List.of("dedup.window-days=7")).dedup().windowDays());
    assertThrows(ConfigException.class, () -> ConfigLoader.load(null, List.of("dedup.window-days=-1")));
    assertEquals(0.5, ConfigLoader.load(null, List.of("dedup.threshold=0.5")).dedup().containmentFloor());
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("dedup.containment-min-shingles=-1")));
    assertTrue(e.getMessage().startsWith("dedup.containment-min-shingles") && e.getMessage().contains("-1"),
        e.getMessage());
  }

  @Test
  void aBadDateOrAnInvertedRangeIsRefused() {
    assertThrows(ConfigException.class, () -> ConfigLoader.load(null, List.of("dates.from=2023-13-01")));
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("dates.from=2023-02-01", "dates.to=2023-01-01")));
    assertTrue(e.getMessage().contains("after"), e.getMessage());
  }

  @Test
  void authorsBySourceComeFromAConfFileOrSetWithQuotedKeysAndAreMatchedLowerCased() throws Exception {
    assertEquals(Map.of(), ConfigLoader.load(null, List.of()).columns().authorBySource());
    Path f = dir.resolve("sources.conf");
    Files.writeString(f, "input.author-by-source { \"WhiteHouse.gov\" = USA, \"mid.ru\" = RUS }\n");
    JobConfig c = ConfigLoader.load(f, List.of("input.author-by-source.\"mfa.gov.cn\"=CHN"));
    assertEquals(Map.of("whitehouse.gov", "USA", "mid.ru", "RUS", "mfa.gov.cn", "CHN"),
        c.columns().authorBySource());
  }

  @Test
  void anAuthorBySourceThatIsNotAnUpperCaseIso3CodeIsRefusedNamingTheSource() {
    for (String value : List.of("usa", "United States", "US")) {
      ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null,
          List.of("input.author-by-source.\"whitehouse.gov\"=" + value)));
      assertTrue(e.getMessage().startsWith("input.author-by-source.\"whitehouse.gov\"")
          && e.getMessage().contains("ISO3"), e.getMessage());
    }
  }

  @Test
  void aMissingConfFileIsAClearError() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(dir.resolve("absent.conf"), List.of()));
    assertTrue(e.getMessage().contains("absent.conf"), e.getMessage());
  }

  @Test
  void theConfigHashChangesWithTheEffectiveConfiguration() {
    String a = ConfigLoader.load(null, List.of()).configHash();
    String b = ConfigLoader.load(null, List.of("dedup.threshold=0.9")).configHash();
    assertNotEquals(a, b);
    assertEquals(a, ConfigLoader.load(null, List.of()).configHash());
  }
}
