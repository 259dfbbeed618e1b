package ai.vibevoice.cicd.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.Fixtures;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Container;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.Environment;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.RunsOn;
import ai.vibevoice.cicd.dsl.job.Strategy;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowRendererTest {

  @Test
  void renders_a_whole_workflow_in_github_key_order() {
    WorkflowInput rate = WorkflowInput.number("rate", "Requests per second", 5);
    MatrixAxis service = MatrixAxis.of("service", "tts", "agent");
    Step meta = Step.run("echo \"tag=v1\" >> \"$GITHUB_OUTPUT\"").id("meta").outputs("tag").build();
    RunJob build =
        Job.builder("build")
            .name("Build ${{ matrix.service }}")
            .runsOn(RunsOn.label("ubuntu-24.04"))
            .grant(Scope.PACKAGES, Access.WRITE, "push images")
            .timeoutMinutes(30)
            .strategy(
                Strategy.builder()
                    .failFast(false)
                    .axis(service)
                    .include("service", "tts", "gpu", true)
                    .build())
            .output("tag", meta.output("tag"))
            .env("SERVICE", service.ref())
            .step(Step.uses(Fixtures.CHECKOUT).with("persist-credentials", "false").build())
            .step(meta)
            .step(
                Step.run(Text.of("load --rate ", rate.ref(), "\necho done\n")).name("Load").build())
            .build();
    RunJob report =
        Job.builder("report")
            .needs(build)
            .ifCondition(Fn.notCancelled().and(Github.eventIs("pull_request")))
            .runsOn("ubuntu-24.04")
            .environment(
                new Environment("perf", Text.of("https://example.test/", build.output("tag"))))
            .timeoutMinutes(5)
            .container(Container.of("python:3.11-slim"))
            .step(Step.run("echo 'on'").shell("bash").continueOnError(true).build())
            .build();
    Workflow w =
        Workflow.builder("perf.yml", "Performance")
            .runName(Text.of("perf ", Github.REF_NAME))
            .on(PullRequest.any(), WorkflowDispatch.of(rate))
            .concurrency(Concurrency.of(Text.of(Github.WORKFLOW, "-", Github.REF), true))
            .env("YES", "yes")
            .defaults(Defaults.bash())
            .jobs(build, report)
            .build();
    assertEquals(
        """
        # Generated for a test.
        name: Performance
        run-name: perf ${{ github.ref_name }}
        on:
          pull_request:
          workflow_dispatch:
            inputs:
              rate:
                description: Requests per second
                required: false
                type: number
                default: 5
        permissions: {}
        concurrency:
          group: ${{ github.workflow }}-${{ github.ref }}
          cancel-in-progress: true
        env:
          'YES': 'yes'
        defaults:
          run:
            shell: bash
        jobs:
          build:
            name: Build ${{ matrix.service }}
            runs-on: ubuntu-24.04
            permissions:
              packages: write
            timeout-minutes: 30
            strategy:
              fail-fast: false
              matrix:
                service:
                  - tts
                  - agent
                include:
                  - service: tts
                    gpu: true
            outputs:
              tag: ${{ steps.meta.outputs.tag }}
            env:
              SERVICE: ${{ matrix.service }}
            steps:
              - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
                with:
                  persist-credentials: false
              - id: meta
                run: echo "tag=v1" >> "$GITHUB_OUTPUT"
              - name: Load
                env:
                  INPUTS_RATE: ${{ inputs.rate }}
                run: |
                  load --rate ${INPUTS_RATE}
                  echo done
          report:
            needs: build
            if: '!cancelled() && github.event_name == ''pull_request'''
            runs-on: ubuntu-24.04
            environment:
              name: perf
              url: https://example.test/${{ needs.build.outputs.tag }}
            permissions: {}
            timeout-minutes: 5
            container:
              image: python:3.11-slim
            steps:
              - shell: bash
                continue-on-error: true
                run: echo 'on'
        """,
        WorkflowRenderer.render(w, List.of("Generated for a test.")));
  }

  /** Plain scalars a YAML 1.1 reader (GitHub's) resolves to booleans, numbers, null or dates. */
  static final List<String> YAML_1_1_NON_STRINGS =
      List.of(
          "on",
          "off",
          "yes",
          "no",
          "y",
          "n",
          "Y",
          "NO",
          "null",
          "~",
          "true",
          "08",
          "1e3",
          "0x1F",
          "1_000",
          "3.14",
          ".inf",
          "2026-01-01",
          "12:30",
          "06:00",
          "=",
          "<<",
          "");

  @Test
  void quotes_strings_that_yaml_1_1_reads_as_other_types() {
    for (String s : YAML_1_1_NON_STRINGS) {
      assertTrue(Scalars.resolvesToNonString(s), s);
    }
    for (String s :
        List.of(
            "main", "v*.*.*", "ubuntu-24.04", "3.11.0", "1.2.3", "online", "nope", "0 2 * * *")) {
      assertFalse(Scalars.resolvesToNonString(s), s);
    }
  }

  @Test
  void keeps_long_expressions_on_one_line() {
    String longCondition =
        "github.event_name == 'push' && "
            + "startsWith(github.ref, 'refs/tags/v') && ".repeat(10)
            + "true";
    Step s = Step.run("x").ifCondition(Expr.raw(longCondition)).build();
    String yaml = YamlEmitter.emit(new Node.Document(List.of(), WorkflowTree.step(s)));
    assertTrue(yaml.contains("if: " + longCondition + "\n"), yaml);
  }

  @Test
  void writes_lf_line_endings_and_a_final_newline() {
    String yaml =
        WorkflowRenderer.render(Fixtures.workflow(Fixtures.job("a").build()).build(), List.of("h"));
    assertFalse(yaml.contains("\r"));
    assertTrue(yaml.endsWith("\n") && !yaml.endsWith("\n\n"));
  }

  @Test
  void keeps_the_literal_block_of_a_script_with_leading_spaces() {
    Step s = Step.run("  indented\nnext\n").build();
    String yaml = YamlEmitter.emit(new Node.Document(List.of(), WorkflowTree.step(s)));
    assertEquals("run: |2\n    indented\n  next\n", yaml);
  }
}
