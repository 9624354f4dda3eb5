package org.countrystance.publish;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countrystance.config.QualityCheckSettings;
import org.countrystance.tables.ProcessingErrors;

/**
 * Whether a run may publish what it staged: the share of rejected rows against
 * {@code limits.max-reject-ratio}, then the quality checks ({@link QualityGate}) on the staged tables,
 * each recorded in the manifest. A refusal is returned as its reason, for the manifest and the log.
 */
public final class PublishGate {
  private PublishGate() {}

  /** Why too many rows were rejected to publish, or null; reads the manifest's counts. */
  public static String rejectRatioRefusal(RunManifest manifest, double maxRejectRatio) {
    long read = manifest.counts.get("read");
    long rejected = manifest.counts.get("rejected");
    if (read > 0 && (double) rejected / read > maxRejectRatio) {
      return String.format("rejected %d of %d rows (%.1f%%), above limits.max-reject-ratio %.0f%%",
          rejected, read, 100.0 * rejected / read, 100 * maxRejectRatio);
    }
    return null;
  }

  /**
   * Runs the quality checks on the staged tables and records them in the manifest; returns why an
   * error-level check blocks publication, or null.
   */
  public static String qualityRefusal(RunManifest manifest, Map<String, QualityCheckSettings> settings, StagedTables tables,
      List<RunManifest> earlier, Set<String> countryCodes, Map<String, TableProfile> profiles, Set<LocalDate> touched) {
    QualityGate gate = tables.check(settings, manifest.counts.get("accepted"), earlier, new HashSet<>(countryCodes),
        profiles, touched);
    gate.processingErrors(manifest.rejectedByReason.getOrDefault(ProcessingErrors.REASON, 0L),
        manifest.counts.get("read"));
    gate.notAnnotatedShare(manifest.counts);
    gate.checks().forEach(c -> manifest.qualityChecks.add(c.asMap()));
    if (!gate.blocks()) return null;
    return "quality checks failed: " + gate.checks().stream().filter(QualityGate.Check::blocks)
        .map(c -> c.name() + " (" + c.message() + ")").toList();
  }
}
