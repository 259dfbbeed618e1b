package ai.vibevoice.cicd.dsl.file;

/**
 * A tagged scalar in a {@link DataFile}, such as Docker Compose's {@code !reset null}, which removes
 * an attribute set by the file being overridden. {@code value} null renders as {@code null}.
 */
public record YamlTag(String tag, String value) {
  /** Compose's {@code !reset null}: drop the attribute from the merged file. */
  public static YamlTag reset() {
    return new YamlTag("!reset", null);
  }
}
