package ai.vibevoice.cicd.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.trigger.Filters;
import ai.vibevoice.cicd.dsl.trigger.MergeGroup;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.PullRequestTarget;
import ai.vibevoice.cicd.dsl.trigger.PullRequestType;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.RawTrigger;
import ai.vibevoice.cicd.dsl.trigger.Release;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.Trigger;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.trigger.WorkflowRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per trigger kind: the {@code on:} block it renders, as text. */
class TriggerRenderingTest {

  private static String on(Trigger t) {
    Node.MapNode root =
        Node.MapNode.builder()
            .put(
                "on", Node.MapNode.builder().put(t.event(), t.accept(WorkflowTree.TRIGGER)).build())
            .build();
    return YamlEmitter.emit(new Node.Document(List.of(), root));
  }

  @Test
  void push_with_branch_tag_and_path_filters() {
    assertEquals(
        """
        on:
          push:
            branches:
              - main
              - feature/**
            tags:
              - v*.*.*
            paths-ignore:
              - docs/**
        """,
        on(
            Push.builder()
                .branches("main", "feature/**")
                .tags("v*.*.*")
                .pathsIgnore("docs/**")
                .build()));
  }

  @Test
  void push_without_filters_is_an_empty_key() {
    assertEquals("on:\n  push:\n", on(Push.any()));
  }

  @Test
  void pull_request_with_types_and_paths() {
    assertEquals(
        """
        on:
          pull_request:
            types:
              - opened
              - labeled
            paths:
              - infra/k8s/**
        """,
        on(
            PullRequest.builder()
                .types(PullRequestType.OPENED, PullRequestType.LABELED)
                .paths("infra/k8s/**")
                .build()));
  }

  @Test
  void pull_request_target_renders_like_pull_request() {
    assertEquals(
        "on:\n  pull_request_target:\n    branches-ignore:\n      - gh-pages\n",
        on(
            new PullRequestTarget(
                List.of(),
                new Filters(
                    List.of(), List.of("gh-pages"), List.of(), List.of(), List.of(), List.of()))));
  }

  @Test
  void schedule_is_a_list_of_crons() {
    assertEquals(
        "on:\n  schedule:\n    - cron: 0 2 * * *\n    - cron: 0 9 * * 1\n",
        on(Schedule.cron("0 2 * * *", "0 9 * * 1")));
  }

  @Test
  void workflow_dispatch_with_typed_inputs() {
    assertEquals(
        """
        on:
          workflow_dispatch:
            inputs:
              duration:
                description: Load duration
                required: false
                type: string
                default: 60s
              update-baseline:
                description: Store the result as the baseline
                required: false
                type: boolean
                default: false
              rate:
                description: Requests per second
                required: false
                type: number
                default: 5
              profile:
                description: Values profile
                required: false
                type: choice
                default: ci
                options:
                  - default
                  - ci
              target:
                description: Deployment target
                required: false
                type: environment
        """,
        on(
            WorkflowDispatch.of(
                WorkflowInput.string("duration", "Load duration", "60s"),
                WorkflowInput.bool("update-baseline", "Store the result as the baseline", false),
                WorkflowInput.number("rate", "Requests per second", 5),
                WorkflowInput.choice("profile", "Values profile", "ci", "default", "ci"),
                WorkflowInput.environment("target", "Deployment target"))));
  }

  @Test
  void workflow_dispatch_without_inputs_is_an_empty_key() {
    assertEquals("on:\n  workflow_dispatch:\n", on(WorkflowDispatch.of()));
  }

  @Test
  void workflow_call_with_inputs_outputs_and_secrets() {
    assertEquals(
        """
        on:
          workflow_call:
            inputs:
              digest:
                description: Image digest
                required: true
                type: string
            outputs:
              verdict:
                description: pass, warn or fail
                value: ${{ jobs.check.outputs.verdict }}
            secrets:
              token:
                description: Registry token
                required: false
        """,
        on(
            WorkflowCall.builder()
                .input(WorkflowInput.string("digest", "Image digest", null).asRequired())
                .output(
                    "verdict",
                    "pass, warn or fail",
                    Text.of(new JobRef(JobRef.Context.JOBS, "check", "verdict")))
                .secret("token", "Registry token", false)
                .build()));
  }

  @Test
  void workflow_run_with_types_and_branches() {
    assertEquals(
        """
        on:
          workflow_run:
            workflows:
              - Build
            types:
              - completed
            branches:
              - main
        """,
        on(WorkflowRun.completed(List.of("Build"), "main")));
  }

  @Test
  void release_with_types() {
    assertEquals(
        "on:\n  release:\n    types:\n      - published\n", on(Release.of(Release.Type.PUBLISHED)));
  }

  @Test
  void merge_group_requests_checks() {
    assertEquals(
        "on:\n  merge_group:\n    types:\n      - checks_requested\n", on(new MergeGroup()));
  }

  @Test
  void raw_trigger_renders_its_config_as_given() {
    assertEquals(
        "on:\n  issues:\n    types:\n      - opened\n",
        on(new RawTrigger("issues", Map.of("types", List.of("opened")))));
  }
}
