package ai.vibevoice.cicd.dsl.doc;

import static ai.vibevoice.cicd.dsl.util.MarkdownTable.cell;
import static ai.vibevoice.cicd.dsl.util.MarkdownTable.header;
import static ai.vibevoice.cicd.dsl.util.MarkdownTable.row;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.JobVisitor;
import ai.vibevoice.cicd.dsl.job.RemoteWorkflow;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.plan.Event;
import ai.vibevoice.cicd.dsl.plan.Outcome;
import ai.vibevoice.cicd.dsl.plan.Plan;
import ai.vibevoice.cicd.dsl.plan.Planner;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.Filters;
import ai.vibevoice.cicd.dsl.trigger.MergeGroup;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.PullRequestTarget;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.RawTrigger;
import ai.vibevoice.cicd.dsl.trigger.Release;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.Trigger;
import ai.vibevoice.cicd.dsl.trigger.TriggerVisitor;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.trigger.WorkflowRun;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The reference of a set of workflows as Markdown, from the same model the YAML comes from: per
 * workflow its triggers, inputs, outputs, secrets, and per job its permissions and artifacts, with
 * a Mermaid diagram of the job graph; first a diagram of how the workflows call each other, and the
 * checks a branch protection rule can require.
 */
public final class WorkflowDocs {
  private WorkflowDocs() {}

  public static String render(List<Workflow> workflows, List<String> headerLines) {
    StringBuilder md = new StringBuilder();
    md.append("<!--\n");
    headerLines.forEach(l -> md.append(l).append('\n'));
    md.append("-->\n\n# Workflow reference\n\n");
    md.append(
            "Generated from the Java pipeline classes together with the YAML, so it cannot go stale. ")
        .append("Diagrams are Mermaid, which GitHub renders.\n\n");
    chain(md, workflows);
    requiredChecks(md, workflows);
    whatRunsWhen(md, workflows);
    md.append("## Workflows\n\n");
    for (Workflow w : workflows) {
      md.append("- [`%s`](#%s) %s\n".formatted(w.fileName(), anchor(w.fileName()), w.name()));
    }
    md.append('\n');
    for (Workflow w : workflows) {
      workflow(md, w);
    }
    return md.toString();
  }

  /** The calls between workflows, with each caller's jobs: the release path at a glance. */
  private static void chain(StringBuilder md, List<Workflow> workflows) {
    List<Workflow> callers =
        workflows.stream()
            .filter(
                w ->
                    w.jobs().stream()
                        .anyMatch(
                            j -> j instanceof CallJob c && c.callee() instanceof LocalWorkflow))
            .toList();
    if (callers.isEmpty()) {
      return;
    }
    md.append("## How the workflows chain\n\n");
    md.append(
        "Called workflows (double-bordered) receive the image digests as inputs; a job runs only when every job it needs succeeded.\n\n");
    for (Workflow w : callers) {
      md.append("```mermaid\nflowchart LR\n");
      for (Job j : w.jobs()) {
        String label =
            j instanceof CallJob c && c.callee() instanceof LocalWorkflow l
                ? l.workflow().fileName() + "<br/>" + l.workflow().name()
                : label(j);
        String shape =
            j instanceof CallJob ? "[[\"" + escape(label) + "\"]]" : "[\"" + escape(label) + "\"]";
        md.append("  ").append(node(j.id())).append(shape).append('\n');
      }
      edges(md, w);
      md.append("```\n\n");
    }
  }

  /** Per standard event, the workflows that start and their jobs, as the planner derives them. */
  private static void whatRunsWhen(StringBuilder md, List<Workflow> workflows) {
    md.append("## What runs when\n\n");
    md.append(
            "Derived by the planner (`GenerateWorkflows plan`) from the same model; jobs of called workflows are ")
        .append(
            "listed as `caller/job`. A job that depends on the run has a condition only the run can decide ")
        .append(
            "(a label, a variable, an output), or its workflow has a paths filter and the diff decides.\n\n");
    md.append(header("event", "workflow", "runs", "depends on the run"));
    for (Map.Entry<String, Event> e : Event.standard(workflows).entrySet()) {
      Plan plan = Planner.plan(e.getValue(), workflows);
      if (plan.started().isEmpty()) md.append("| ").append(e.getKey()).append(" | (none) | | |\n");
      for (Plan.WorkflowPlan w : plan.started()) {
        String file =
            "`" + w.file() + "`" + (w.outcome() == Outcome.RUN ? "" : " (if its paths changed)");
        md.append(row(e.getKey(), file, jobs(w, Outcome.RUN), jobs(w, Outcome.DEPENDS_ON_RUNTIME)));
      }
    }
    md.append('\n');
  }

  private static String jobs(Plan.WorkflowPlan w, Outcome outcome) {
    Outcome wanted =
        w.outcome() == Outcome.RUN
            ? outcome
            : outcome == Outcome.RUN ? null : Outcome.DEPENDS_ON_RUNTIME;
    return w.jobs().stream()
        .filter(j -> j.outcome() == wanted)
        .map(j -> "`" + j.id() + "`")
        .collect(Collectors.joining(", "));
  }

  private static void requiredChecks(StringBuilder md, List<Workflow> workflows) {
    md.append("## Checks to require in branch protection\n\n");
    md.append(
            "Jobs of workflows that run on every pull request without path filters (and in the merge queue), so they ")
        .append("never stay pending. Require them by these names:\n\n");
    md.append(header("check name", "workflow"));
    for (Workflow w : workflows) {
      if (!w.runsOnEveryPullRequest()) {
        continue;
      }
      for (Job j : w.jobs()) {
        if (j.ifCondition() == null && j instanceof RunJob r && r.strategy() == null) {
          md.append(row(label(r), "`" + w.fileName() + "`"));
        }
      }
    }
    md.append('\n');
  }

  private static void workflow(StringBuilder md, Workflow w) {
    md.append("## ").append(w.fileName()).append("\n\n");
    md.append("**").append(w.name()).append(".** ");
    if (w.description() != null) {
      md.append(w.description());
    }
    md.append("\n\n### Triggers\n\n");
    for (Trigger t : w.triggers()) {
      md.append("- ").append(trigger(t)).append('\n');
    }
    List<WorkflowInput> inputs = w.inputs();
    if (!inputs.isEmpty()) {
      md.append("\n### Inputs\n\n")
          .append(header("input", "type", "required", "default", "description"));
      for (WorkflowInput i : inputs) {
        md.append(
            row(
                "`" + i.name() + "`",
                i.type().key(),
                i.required() ? "yes" : "no",
                i.defaultValue() == null ? "" : "`" + i.defaultValue() + "`",
                cell(i.description())));
      }
    }
    WorkflowCall call = w.workflowCall();
    if (call != null && !call.outputs().isEmpty()) {
      md.append("\n### Outputs\n\n");
      call.outputs()
          .forEach(
              o ->
                  md.append("- `")
                      .append(o.name())
                      .append("`: ")
                      .append(o.description())
                      .append('\n'));
    }
    Set<String> secrets = secrets(w);
    md.append("\n### Secrets\n\n")
        .append(
            secrets.isEmpty()
                ? "None."
                : secrets.stream().map(s -> "`" + s + "`").collect(Collectors.joining(", "))
                    + (secrets.equals(Set.of("GITHUB_TOKEN"))
                        ? " (the job token; nothing to configure)."
                        : "."))
        .append("\n\n### Jobs\n\n");
    md.append(header("job", "name", "runs on", "needs", "permissions", "artifacts uploaded"));
    for (Job j : w.jobs()) {
      md.append(
          row(
              "`" + j.id() + "`",
              cell(j.name() == null ? "" : j.name().render()),
              cell(runsOn(j)),
              j.needs().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")),
              permissions(j.permissions()),
              artifacts(j).stream().map(a -> "`" + a + "`").collect(Collectors.joining(", "))));
    }
    md.append("\n```mermaid\nflowchart LR\n");
    for (Job j : w.jobs()) {
      String label = label(j);
      md.append("  ")
          .append(node(j.id()))
          .append(
              j instanceof CallJob
                  ? "[[\"" + escape(label + " (" + callee((CallJob) j) + ")") + "\"]]"
                  : "[\"" + escape(label) + "\"]")
          .append('\n');
    }
    edges(md, w);
    md.append("```\n\n");
  }

  /** The job's name as GitHub shows it (expressions as written), or its id. */
  private static String label(Job j) {
    return j.name() == null ? j.id() : j.name().render();
  }

  private static void edges(StringBuilder md, Workflow w) {
    for (Job j : w.jobs()) {
      for (String n : j.needs()) {
        md.append("  ").append(node(n)).append(" --> ").append(node(j.id())).append('\n');
      }
    }
  }

  private static String callee(CallJob c) {
    if (c.callee() instanceof LocalWorkflow l) {
      return l.workflow().fileName();
    }
    RemoteWorkflow r = (RemoteWorkflow) c.callee();
    return r.path() + "@" + r.ref();
  }

  private static String runsOn(Job j) {
    return j.accept(
        new JobVisitor<String>() {
          @Override
          public String visitRunJob(RunJob r) {
            if (r.runsOn().group() != null) {
              return "group " + r.runsOn().group();
            }
            return r.runsOn().labels().stream()
                .map(Text::render)
                .map(l -> "`" + l + "`")
                .collect(Collectors.joining(", "));
          }

          @Override
          public String visitCallJob(CallJob c) {
            return "calls `" + callee(c) + "`";
          }
        });
  }

  private static String permissions(Permissions p) {
    if (p.grants().isEmpty()) {
      return "none";
    }
    return p.grants().entrySet().stream()
        .filter(e -> e.getValue() != Access.NONE)
        .map(e -> e.getKey().key() + ": " + e.getValue().key())
        .collect(Collectors.joining("<br/>"));
  }

  private static List<String> artifacts(Job j) {
    if (!(j instanceof RunJob r)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (Step s : r.steps()) {
      s.inputRoles()
          .forEach(
              (input, role) -> {
                if (role == InputRole.ARTIFACT_NAME && s.with().containsKey(input)) {
                  names.add(s.with().get(input).render());
                }
              });
    }
    return names;
  }

  /** Secrets any expression of the workflow reads. */
  private static Set<String> secrets(Workflow w) {
    Set<String> names = new TreeSet<>(Planner.secretsIn(w.env().values()));
    w.jobs().forEach(j -> names.addAll(Planner.referencedSecrets(j)));
    return names;
  }

  static String trigger(Trigger t) {
    return t.accept(
        new TriggerVisitor<String>() {
          @Override
          public String visitPush(Push p) {
            return "`push`" + filters(p.filters());
          }

          @Override
          public String visitPullRequest(PullRequest p) {
            return "`pull_request`"
                + types(p.types().stream().map(x -> x.key()).toList())
                + filters(p.filters());
          }

          @Override
          public String visitPullRequestTarget(PullRequestTarget p) {
            return "`pull_request_target`"
                + types(p.types().stream().map(x -> x.key()).toList())
                + filters(p.filters());
          }

          @Override
          public String visitSchedule(Schedule s) {
            return "`schedule`: "
                + s.crons().stream()
                    .map(c -> "`" + c + "` (UTC)")
                    .collect(Collectors.joining(", "));
          }

          @Override
          public String visitWorkflowDispatch(WorkflowDispatch d) {
            return "`workflow_dispatch` (run by hand"
                + (d.inputs().isEmpty() ? ")" : ", with the inputs below)");
          }

          @Override
          public String visitWorkflowCall(WorkflowCall c) {
            return "`workflow_call` (called by another workflow, with the inputs below)";
          }

          @Override
          public String visitWorkflowRun(WorkflowRun r) {
            return "`workflow_run` of " + String.join(", ", r.workflows()) + types(r.types());
          }

          @Override
          public String visitRelease(Release r) {
            return "`release`" + types(r.types().stream().map(x -> x.key()).toList());
          }

          @Override
          public String visitMergeGroup(MergeGroup m) {
            return "`merge_group` (the merge queue)";
          }

          @Override
          public String visitRaw(RawTrigger r) {
            return "`" + r.event() + "` (raw)";
          }
        });
  }

  private static String types(List<String> types) {
    return types.isEmpty() ? "" : " of types " + String.join(", ", types);
  }

  private static String filters(Filters f) {
    List<String> parts = new ArrayList<>();
    f.byKey()
        .forEach(
            (key, values) ->
                parts.add(
                    key.replace("-ignore", " except")
                        + " "
                        + values.stream()
                            .map(v -> "`" + v + "`")
                            .collect(Collectors.joining(", "))));
    return parts.isEmpty() ? " (any)" : ": " + String.join("; ", parts);
  }

  private static String node(String jobId) {
    return jobId.replace('-', '_');
  }

  private static String escape(String label) {
    return label.replace("\"", "#quot;");
  }

  private static String anchor(String heading) {
    return heading.toLowerCase().replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
  }
}
