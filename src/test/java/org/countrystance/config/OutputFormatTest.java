package org.countrystance.config;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** output.format: parquet by default, delta on request, anything else refused naming the key. */
class OutputFormatTest {
  @Test
  void theDefaultIsPlainParquetAndDeltaIsChosenBySettingOrFlagValue() {
    assertEquals(OutputFormat.PARQUET, ConfigLoader.load(null, List.of()).outputFormat());
    assertEquals(OutputFormat.DELTA, ConfigLoader.load(null, List.of("output.format=Delta")).outputFormat());
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheKeyAndTheValue() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, List.of("output.format=iceberg")));
    assertEquals("output.format: expected parquet or delta, got 'iceberg'", e.getMessage());
    assertEquals("--format: expected parquet or delta, got 'orc'",
        assertThrows(ConfigException.class, () -> OutputFormat.parse("--format", "orc")).getMessage());
  }
}
