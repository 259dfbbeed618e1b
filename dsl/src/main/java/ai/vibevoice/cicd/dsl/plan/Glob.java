package ai.vibevoice.cicd.dsl.plan;

import java.util.regex.Pattern;

/**
 * One pattern of a branch, tag or path filter, with GitHub's glob rules: {@code *} any characters
 * but {@code /}, {@code **} any characters, {@code ?} and {@code +} zero-or-one and one-or-more of
 * the preceding character, {@code [...]} one listed character or range, {@code \} escaping, and a
 * leading {@code !} negating. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet">the
 * filter pattern cheat sheet</a>.
 */
public record Glob(String pattern, boolean negated, Pattern regex) {

  public Glob {
    if (pattern == null || pattern.isEmpty())
      throw new IllegalArgumentException("empty filter pattern");
  }

  /** The pattern as written in a filter, {@code !} included. */
  public static Glob of(String written) {
    boolean negated = written.startsWith("!");
    String p = negated ? written.substring(1) : written;
    return new Glob(p, negated, Pattern.compile(translate(p)));
  }

  /** True when {@code value} (a branch, tag or path) matches the pattern, ignoring the negation. */
  public boolean matches(String value) {
    return regex.matcher(value).matches();
  }

  private static String translate(String p) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < p.length() && p.charAt(i + 1) == '*') {
            i++;
            if (i + 1 < p.length() && p.charAt(i + 1) == '/') {
              i++;
              re.append("(?:.*/)?");
            } else {
              re.append(".*");
            }
          } else {
            re.append("[^/]*");
          }
        }
        case '?', '+' -> {
          if (re.length() == 0)
            throw new IllegalArgumentException(
                "'" + c + "' needs a character before it in '" + p + "'");
          re.append(c);
        }
        case '[' -> {
          int end = p.indexOf(']', i);
          if (end < 0) throw new IllegalArgumentException("'[' without ']' in '" + p + "'");
          String set = p.substring(i + 1, end);
          if (!set.matches("([A-Za-z0-9]-[A-Za-z0-9]|[A-Za-z0-9._-])+")) {
            throw new IllegalArgumentException(
                "'[" + set + "]' must list characters or ranges a-z, A-Z, 0-9 in '" + p + "'");
          }
          re.append('[').append(set.replace(".", "\\.")).append(']');
          i = end;
        }
        case '\\' -> {
          if (i + 1 >= p.length())
            throw new IllegalArgumentException("'\\' at the end of '" + p + "'");
          re.append(literal(p.charAt(++i)));
        }
        default -> re.append(literal(c));
      }
    }
    return re.toString();
  }

  /** One character matched literally (a quantifier after it applies to it alone). */
  private static String literal(char c) {
    return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
  }
}
