package ai.vibevoice.cicd.dsl.util;

import java.util.Collections;
import java.util.List;

/** The rows of a Markdown table, written once for the workflow reference and the plan. */
public final class MarkdownTable {
  private MarkdownTable() {}

  /** The header row and its {@code | --- |} separator. */
  public static String header(String... columns) {
    return row(columns) + row(Collections.nCopies(columns.length, "---").toArray(String[]::new));
  }

  /** One row; the cells are written as given, so escape free text with {@link #cell}. */
  public static String row(String... cells) {
    return "| " + String.join(" | ", List.of(cells)) + " |\n";
  }

  /** Free text made safe for a cell: pipes escaped, line breaks folded to spaces. */
  public static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
