package ai.vibevoice.cicd.dsl.plan;

import static ai.vibevoice.cicd.dsl.util.MarkdownTable.cell;
import static ai.vibevoice.cicd.dsl.util.MarkdownTable.header;
import static ai.vibevoice.cicd.dsl.util.MarkdownTable.row;

import ai.vibevoice.cicd.dsl.plan.Plan.JobPlan;
import ai.vibevoice.cicd.dsl.plan.Plan.StepPlan;
import ai.vibevoice.cicd.dsl.plan.Plan.WorkflowPlan;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A {@link Plan} as text for a terminal, JSON for tools, or Markdown for a review. */
public final class PlanRenderer {
  private PlanRenderer() {}

  /**
   * One block per started workflow, its jobs indented; workflows that do not start on one line
   * each.
   */
  public static String text(Plan plan) {
    StringBuilder s = new StringBuilder("Event: ").append(plan.event().describe()).append('\n');
    if (readOnly(plan))
      s.append("  (fork: GitHub hands the token read-only and passes no secrets)\n");
    for (WorkflowPlan w : plan.started()) {
      s.append("\n%s (%s): %s - %s\n".formatted(w.file(), w.name(), word(w.outcome()), w.reason()));
      if (w.concurrency() != null) s.append("  concurrency: ").append(w.concurrency()).append('\n');
      for (JobPlan j : w.jobs()) {
        String indent = "  " + "  ".repeat((int) j.id().chars().filter(c -> c == '/').count());
        s.append("%s%s %s (%s)".formatted(indent, word(j.outcome()), j.id(), j.name()));
        if (j.uses() != null) s.append(" uses ").append(j.uses());
        else
          s.append(" on ")
              .append(String.join(", ", j.runner()))
              .append(", ")
              .append(j.timeoutMinutes())
              .append(" min");
        s.append('\n');
        if (j.condition() != null)
          s.append(indent).append("    if: ").append(condition(j.condition())).append('\n');
        if (!j.needs().isEmpty())
          s.append(indent).append("    needs: ").append(String.join(", ", j.needs())).append('\n');
        s.append(indent)
            .append("    permissions: ")
            .append(permissions(j.permissions()))
            .append('\n');
        s.append(indent)
            .append("    secrets: ")
            .append(String.join(", ", j.secrets()))
            .append('\n');
        for (StepPlan st : j.steps()) {
          if (st.outcome() != j.outcome()) {
            s.append(indent)
                .append("    step ")
                .append(word(st.outcome()))
                .append(": ")
                .append(st.name())
                .append(" (if: ")
                .append(condition(st.condition()))
                .append(")\n");
          }
        }
        j.cacheWrites().forEach(c -> s.append(indent).append("    writes ").append(c).append('\n'));
      }
      s.append("  longest path: ")
          .append(String.join(" -> ", w.longestPath()))
          .append(" (")
          .append(w.longestMinutes())
          .append(" min)\n");
    }
    List<WorkflowPlan> skipped =
        plan.workflows().stream().filter(w -> w.outcome() == Outcome.SKIPPED).toList();
    if (!skipped.isEmpty()) {
      s.append("\nNot started:\n");
      skipped.forEach(
          w -> s.append("  ").append(w.file()).append(" - ").append(w.reason()).append('\n'));
    }
    return s.toString();
  }

  /** The plan as JSON: the event, then every workflow with its jobs. */
  public static String json(Plan plan) {
    Map<String, Object> root = new LinkedHashMap<>();
    Event e = plan.event();
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("name", e.name());
    event.put("type", e.type());
    event.put("ref", e.ref());
    event.put("githubRef", e.githubRef());
    event.put("changedPaths", e.changedPaths());
    event.put("fork", e.fork());
    event.put("actor", e.actor());
    event.put("inputs", e.inputs());
    event.put("cron", e.cron());
    event.put("workflow", e.workflow());
    root.put("event", event);
    root.put("workflows", plan.workflows());
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("plan to JSON", ex);
    }
  }

  /** The plan as Markdown: a table of workflows, then per started workflow a table of its jobs. */
  public static String markdown(Plan plan) {
    StringBuilder s =
        new StringBuilder("## What runs on ")
            .append(plan.event().describe().replace("|", "\\|"))
            .append("\n\n");
    if (readOnly(plan))
      s.append("From a fork: GitHub hands the token read-only and passes no secrets.\n\n");
    s.append(header("workflow", "starts", "why"));
    for (WorkflowPlan w : plan.workflows()) {
      s.append(row("`" + w.file() + "`", word(w.outcome()), cell(w.reason())));
    }
    for (WorkflowPlan w : plan.started()) {
      s.append("\n### `").append(w.file()).append("`\n\n");
      s.append("Longest path: ")
          .append(
              w.longestPath().stream().map(id -> "`" + id + "`").collect(Collectors.joining(" → ")))
          .append(" (")
          .append(w.longestMinutes())
          .append(" min).\n\n");
      s.append(
          header("job", "outcome", "condition", "runner", "timeout", "permissions", "secrets"));
      for (JobPlan j : w.jobs()) {
        s.append(
            row(
                "`" + j.id() + "` " + cell(j.name()),
                word(j.outcome()),
                j.condition() == null ? "" : cell(condition(j.condition())),
                cell(j.uses() != null ? j.uses() : String.join(", ", j.runner())),
                String.valueOf(j.timeoutMinutes()),
                cell(permissions(j.permissions())),
                String.join(", ", j.secrets())));
      }
    }
    return s.toString();
  }

  private static boolean readOnly(Plan plan) {
    return plan.event().isPullRequest() && plan.event().fork();
  }

  /** How an outcome reads. */
  public static String word(Outcome o) {
    return switch (o) {
      case RUN -> "runs";
      case SKIPPED -> "skipped";
      case DEPENDS_ON_RUNTIME -> "depends on the run";
    };
  }

  private static String condition(Condition c) {
    String v =
        switch (c.truth()) {
          case TRUE -> "true";
          case FALSE -> "false";
          case UNKNOWN -> "unknown: " + String.join(", ", c.unknowns());
        };
    return c.text() + " -> " + v;
  }

  private static String permissions(Map<String, String> p) {
    return p.isEmpty()
        ? "none"
        : p.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", "));
  }
}
