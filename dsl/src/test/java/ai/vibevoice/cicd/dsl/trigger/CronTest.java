package ai.vibevoice.cicd.dsl.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0 2 * * *",
        "0 9 * * 1",
        "*/15 * * * *",
        "0 0 1,15 * *",
        "30 4 * JAN-MAR MON-FRI",
        "0 0-23/2 * * *",
        "5 4 * * sun",
        "59 23 31 12 6",
        "0 0 1 1 0",
        "*/59 */23 */31 */12 */6",
        "0-59/59 0-23 1-31 1-12 0-6",
        "0 0 * dec sat",
        "0 0 * 1-1 *",
        "0000 0 * * *"
      })
  void accepts_valid_cron(String cron) {
    assertEquals(List.of(), Cron.problems(cron));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 2 * *|cron '0 2 * *' must have 5 fields (minute hour day-of-month month day-of-week), has 4",
        "60 * * * *|cron '60 * * * *': minute field: '60' is not a value from 0 to 59",
        "0 24 * * *|cron '0 24 * * *': hour field: '24' is not a value from 0 to 23",
        "0 0 0 * *|cron '0 0 0 * *': day of month field: '0' is not a value from 1 to 31",
        "0 0 * 13 *|cron '0 0 * 13 *': month field: '13' is not a value from 1 to 12 or JAN-DEC",
        "0 0 * * 7|cron '0 0 * * 7': day of week field: '7' is not a value from 0 to 6 or SUN-SAT",
        "*/0 * * * *|cron '*/0 * * * *': minute field: step '0' must be a number from 1 to 59",
        "5-1 * * * *|cron '5-1 * * * *': minute field: range '5-1' runs backwards",
        "1,,2 * * * *|cron '1,,2 * * * *': minute field: empty list element",
        "5/10 * * * *|cron '5/10 * * * *': minute field: a step needs '*' or a range before it, not '5'",
        "*/60 * * * *|cron '*/60 * * * *': minute field: step '60' must be a number from 1 to 59",
        "0 */24 * * *|cron '0 */24 * * *': hour field: step '24' must be a number from 1 to 23",
        "0-60 * * * *|cron '0-60 * * * *': minute field: '60' is not a value from 0 to 59",
        "0 0 0-5 * *|cron '0 0 0-5 * *': day of month field: '0' is not a value from 1 to 31",
        "0 0 32 * *|cron '0 0 32 * *': day of month field: '32' is not a value from 1 to 31",
        "0 0 * 0 *|cron '0 0 * 0 *': month field: '0' is not a value from 1 to 12 or JAN-DEC",
        "0 0 * * SUN-8|cron '0 0 * * SUN-8': day of week field: '8' is not a value from 0 to 6 or SUN-SAT",
        "0 0 * JAN *|",
        "00000 * * * *|cron '00000 * * * *': minute field: '00000' is not a value from 0 to 59",
        "x * * * *|cron 'x * * * *': minute field: 'x' is not a value from 0 to 59",
        "*/x * * * *|cron '*/x * * * *': minute field: step 'x' must be a number from 1 to 59",
        "' '|cron ' ' must have 5 fields (minute hour day-of-month month day-of-week), has 0",
        "@daily|cron '@daily' must have 5 fields (minute hour day-of-month month day-of-week), has 1"
      })
  void rejects_invalid_cron_with_the_field_named(String cron, String message) {
    assertEquals(message == null ? List.of() : List.of(message), Cron.problems(cron));
  }
}
