package org.countrystance.config;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Secrets passed through the configuration leave no trace in the config hash or in error messages. */
class SecretConfigTest {
  private static final String KEY = "spark.conf.\"spark.hadoop.fs.s3a.secret.key\"";

  @Test
  void theConfigHashDoesNotDependOnASecretsValue() {
    assertEquals(ConfigLoader.load(null, List.of(KEY + "=first-secret")).configHash(),
        ConfigLoader.load(null, List.of(KEY + "=other-secret")).configHash());
    assertNotEquals(ConfigLoader.load(null, List.of(KEY + "=x", "dedup.threshold=0.9")).configHash(),
        ConfigLoader.load(null, List.of(KEY + "=x")).configHash(), "other settings still change the hash");
  }

  @Test
  void aSecretStillReachesSparkSettingsUnchanged() {
    assertEquals("first-secret", ConfigLoader.load(null, List.of(KEY + "=first-secret")).spark().conf()
        .get("spark.hadoop.fs.s3a.secret.key"));
  }

  @Test
  void keysNamingPasswordsTokensOrSecretKeysAreSecret() {
    List<String> words = ConfigLoader.load(null, List.of()).secretKeyWords();
    assertTrue(ConfigLoader.isSecretKey("spark.conf.\"spark.hadoop.fs.s3a.secret.key\"", words));
    assertTrue(ConfigLoader.isSecretKey("spark.conf.\"spark.hadoop.fs.azure.account.key.PASSWORD\"", words));
    assertFalse(ConfigLoader.isSecretKey("spark.conf.\"spark.executor.memory\"", words));
  }
}
