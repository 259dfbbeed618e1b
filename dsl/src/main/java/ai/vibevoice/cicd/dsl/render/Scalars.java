package ai.vibevoice.cicd.dsl.render;

import java.util.regex.Pattern;

/**
 * Which strings may be written plain. YAML 1.2 (GitHub) and YAML 1.1 (Dependabot, PyYAML and other
 * tools) resolve some plain scalars to booleans, nulls, numbers or dates; such strings are quoted
 * so every reader sees a string.
 */
final class Scalars {
  private Scalars() {}

  private static final Pattern YAML11_BOOL =
      Pattern.compile(
          "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern INT =
      Pattern.compile(
          "[-+]?(0b[0-1_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[0-9][0-9_]*(:[0-5]?[0-9])+)");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(\\.[0-9_]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
              + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final Pattern TIMESTAMP =
      Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");
  private static final Pattern SPECIAL = Pattern.compile("<<|=");

  /**
   * True when a YAML 1.1 or 1.2 reader would take {@code s}, written plain, as something other than
   * this string.
   */
  static boolean resolvesToNonString(String s) {
    return YAML11_BOOL.matcher(s).matches()
        || NULL.matcher(s).matches()
        || INT.matcher(s).matches()
        || FLOAT.matcher(s).matches()
        || TIMESTAMP.matcher(s).matches()
        || SPECIAL.matcher(s).matches();
  }
}
