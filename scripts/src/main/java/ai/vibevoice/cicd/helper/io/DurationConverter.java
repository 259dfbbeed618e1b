package ai.vibevoice.cicd.helper.io;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Parses {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h} or ISO 8601 ({@code PT1M30S}). */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  public static Duration parse(String value) {
    Matcher m = SHORT.matcher(value.trim());
    Duration duration;
    if (m.matches()) {
      double amount = Double.parseDouble(m.group(1));
      long unitMillis =
          switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            default -> 3_600_000;
          };
      duration = Duration.ofNanos(Math.round(amount * unitMillis * 1_000_000));
    } else {
      try {
        duration = Duration.parse(value.trim());
      } catch (RuntimeException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a duration (examples: 250ms, 30s, 5m, 1h, PT1M30S)");
      }
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new CommandLine.TypeConversionException("'" + value + "' must be a positive duration");
    }
    return duration;
  }
}
