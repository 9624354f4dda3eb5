package org.countrystance.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The replaceWhere condition a Delta commit replaces: exactly the staged partition values, quoted. */
class DeltaCommitTest {
  @Test
  void theConditionListsEveryStagedDayOfTheColumn() {
    assertEquals("`published_date` IN ('2023-01-02', '2023-01-03')", DeltaCommit.replaceWhere("published_date",
        List.of("published_date=2023-01-02", "published_date=2023-01-03")));
  }

  @Test
  void escapedFolderNamesAreUnescapedAndQuotesInValuesCannotEndTheLiteral() {
    assertEquals("`input_file_id` IN ('a b', 'o\\'k')",
        DeltaCommit.replaceWhere("input_file_id", List.of("input_file_id=a%20b", "input_file_id=o'k")));
  }

  @Test
  void aFolderOfAnotherColumnIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> DeltaCommit.replaceWhere("published_date", List.of("input_file_id=abc")));
  }
}
