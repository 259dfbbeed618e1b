package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link ExpressionInName}: its message, a workflow it accepts, and the workflows it rejects. */
class ExpressionInNameTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "the name has ${{ }} typed into a string, which nothing checks; build it with Text.of(\"...\", expr)",
        ExpressionInName.message());
  }
}
