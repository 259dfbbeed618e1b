package ai.vibevoice.cicd.dsl.util;

import java.util.Locale;

/**
 * An enum that GitHub spells as its constant name in lower case with dashes ({@code ID_TOKEN} is
 * {@code id-token}), so no constant repeats its spelling.
 */
public interface KebabKey {
  /** The constant's name, as every enum has it. */
  String name();

  /** GitHub's spelling, as in the YAML and in expressions. */
  default String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
