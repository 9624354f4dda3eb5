package org.countrystance.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crash recovery of the staged commit, on the local file system, without Spark. */
class StagedPublisherTest {
  @TempDir Path root;

  private void file(String relative, String content) throws Exception {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private String read(String relative) throws Exception {
    return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
  }

  private StagedPublisher publisher() {
    return new StagedPublisher(OutputLayout.of(root.toString()), new Configuration());
  }

  @Test
  void aJournalLeftByACrashedCommitIsFinishedByTheNextRun() throws Exception {
    // The crash came after the first of two moves: day 1 already swapped (old copy in trash), day 2 still staged.
    file("articles/published_date=2023-01-01/part-0.parquet", "new day 1");
    file("_trash/run1/articles/published_date=2023-01-01/part-0.parquet", "old day 1");
    file("articles/published_date=2023-01-02/part-0.parquet", "old day 2");
    file("_staging/run1/articles/published_date=2023-01-02/part-0.parquet", "new day 2");
    file("_staging/run1/_COMMIT", "articles\tpublished_date=2023-01-01\narticles\tpublished_date=2023-01-02\n");

    List<String> actions = publisher().recover();

    assertEquals(List.of("finished the interrupted commit of run run1"), actions);
    assertEquals("new day 1", read("articles/published_date=2023-01-01/part-0.parquet"));
    assertEquals("new day 2", read("articles/published_date=2023-01-02/part-0.parquet"));
    assertFalse(Files.exists(root.resolve("_staging")), "staging removed");
    assertFalse(Files.exists(root.resolve("_trash")), "trash removed");
  }

  @Test
  void stagingWithoutAJournalIsDiscardedAndThePublishedDayStays() throws Exception {
    file("articles/published_date=2023-01-01/part-0.parquet", "published");
    file("_staging/run2/articles/published_date=2023-01-01/part-0.parquet", "half written");
    file("_staging/run2/articles/_temporary/0/task/part-1.parquet", "half written");

    List<String> actions = publisher().recover();

    assertEquals(List.of("discarded the uncommitted staging of run run2"), actions);
    assertEquals("published", read("articles/published_date=2023-01-01/part-0.parquet"));
    assertFalse(Files.exists(root.resolve("_staging")));
  }

  @Test
  void aCommitSwapsWholeDaysAndLeavesNoStagingOrTrash() throws Exception {
    file("mentions/published_date=2023-01-01/part-0.parquet", "old");
    file("mentions/published_date=2023-01-03/part-0.parquet", "untouched");
    file("_staging/run3/mentions/published_date=2023-01-01/part-9.parquet", "new");
    StagedPublisher p = publisher();

    p.commit("run3", p.stagedPartitions("run3", "mentions"));

    assertFalse(Files.exists(root.resolve("mentions/published_date=2023-01-01/part-0.parquet")), "old file gone");
    assertEquals("new", read("mentions/published_date=2023-01-01/part-9.parquet"));
    assertEquals("untouched", read("mentions/published_date=2023-01-03/part-0.parquet"));
    assertFalse(Files.exists(root.resolve("_staging")));
    assertFalse(Files.exists(root.resolve("_trash")));
    assertEquals(List.of(), p.recover(), "nothing left to recover");
  }

  @Test
  void aRetiredPartitionIsRemovedFromTheLiveTableAndAReplayedJournalSkipsIt() throws Exception {
    file("rejects/input_file_id=old-version/part-0.parquet", "stale");
    file("rejects/input_file_id=other/part-0.parquet", "kept");
    file("_staging/run4/rejects/input_file_id=old-version/" + StagedPublisher.RETIRED, "");
    StagedPublisher p = publisher();
    List<StagedPublisher.Move> moves = p.stagedPartitions("run4", "rejects");

    p.commit("run4", moves);

    assertFalse(Files.exists(root.resolve("rejects/input_file_id=old-version")), "the partition is gone, not emptied");
    assertEquals("kept", read("rejects/input_file_id=other/part-0.parquet"));
    file("_staging/run4/_COMMIT", "rejects\tinput_file_id=old-version\n");
    assertEquals(List.of("finished the interrupted commit of run run4"), p.recover());
    assertFalse(Files.exists(root.resolve("rejects/input_file_id=old-version")));
  }
}
