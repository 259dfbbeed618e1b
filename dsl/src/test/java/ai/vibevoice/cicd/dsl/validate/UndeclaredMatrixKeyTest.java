package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.MatrixRef;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UndeclaredMatrixKey}: the literal text of its message, what it rejects and the near misses
 * it accepts.
 */
class UndeclaredMatrixKeyTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "reads ${{ matrix.os }}, but the job's matrix has no such axis (axes: [arch])",
        UndeclaredMatrixKey.message("matrix.os", List.of("arch")));
  }

  @Test
  void rejects_matrix_reference_to_undeclared_axis() {
    RunJob j =
        job("a")
            .strategy(Strategy.builder().axis(MatrixAxis.of("os", "x")).build())
            .env("A", new MatrixRef("arch"))
            .build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: "
            + UndeclaredMatrixKey.message("matrix.arch", List.of("os")),
        workflow(j).build());
  }
}
