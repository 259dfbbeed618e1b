package ai.vibevoice.cicd.dsl.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a five-field cron expression as GitHub reads it: minute, hour, day of month, month (1-12
 * or JAN-DEC), day of week (0-6 or SUN-SAT); each field {@code *}, values, ranges, lists and steps.
 */
public final class Cron {
  private Cron() {}

  private static final String[] FIELDS = {"minute", "hour", "day of month", "month", "day of week"};
  private static final int[] MIN = {0, 0, 1, 1, 0};
  private static final int[] MAX = {59, 23, 31, 12, 6};
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  /** The problems of {@code cron}, empty when it is valid. */
  public static List<String> problems(String cron) {
    List<String> out = new ArrayList<>();
    String[] fields = cron.trim().split("\\s+");
    if (cron.isBlank() || fields.length != 5) {
      out.add(
          "cron '"
              + cron
              + "' must have 5 fields (minute hour day-of-month month day-of-week), has "
              + (cron.isBlank() ? 0 : fields.length));
      return out;
    }
    for (int i = 0; i < 5; i++) {
      for (String part : fields[i].split(",", -1)) {
        String error = checkPart(part, i);
        if (error != null) out.add("cron '" + cron + "': " + FIELDS[i] + " field: " + error);
      }
    }
    return out;
  }

  private static String checkPart(String part, int field) {
    if (part.isEmpty()) return "empty list element";
    String range = part;
    int slash = part.indexOf('/');
    if (slash >= 0) {
      range = part.substring(0, slash);
      String step = part.substring(slash + 1);
      Integer s = number(step, -1);
      if (s == null || s < 1 || s > MAX[field]) {
        return "step '" + step + "' must be a number from 1 to " + MAX[field];
      }
    }
    if (range.equals("*")) return null;
    int dash = range.indexOf('-');
    String lo = dash >= 0 ? range.substring(0, dash) : range;
    String hi = dash >= 0 ? range.substring(dash + 1) : null;
    Integer a = number(lo, field);
    if (a == null || a < MIN[field] || a > MAX[field]) return outOfRange(lo, field);
    if (hi != null) {
      Integer b = number(hi, field);
      if (b == null || b < MIN[field] || b > MAX[field]) return outOfRange(hi, field);
      if (b < a) return "range '" + range + "' runs backwards";
    } else if (slash >= 0) {
      return "a step needs '*' or a range before it, not '" + range + "'";
    }
    return null;
  }

  private static String outOfRange(String v, int field) {
    String names = field == 3 ? " or JAN-DEC" : field == 4 ? " or SUN-SAT" : "";
    return "'" + v + "' is not a value from " + MIN[field] + " to " + MAX[field] + names;
  }

  private static Integer number(String s, int field) {
    String u = s.toUpperCase(Locale.ROOT);
    if (field == 3 && MONTHS.contains(u)) return MONTHS.indexOf(u) + 1;
    if (field == 4 && DAYS.contains(u)) return DAYS.indexOf(u);
    if (s.isEmpty() || s.length() > 4 || !s.chars().allMatch(Character::isDigit)) return null;
    return Integer.parseInt(s);
  }
}
