package ai.vibevoice.cicd.dsl.util;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

  /** The constant of {@code type} spelled {@code key}, if any. */
  static <E extends Enum<E> & KebabKey> Optional<E> byKey(Class<E> type, String key) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(key)).findFirst();
  }
}
