package ai.vibevoice.cicd.dsl.render;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Literal;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Container;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.JobVisitor;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.RunsOn;
import ai.vibevoice.cicd.dsl.job.Strategy;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.render.Node.MapNode;
import ai.vibevoice.cicd.dsl.render.Node.Scalar;
import ai.vibevoice.cicd.dsl.render.Node.SeqNode;
import ai.vibevoice.cicd.dsl.step.Step;
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
import ai.vibevoice.cicd.dsl.trigger.TriggerVisitor;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.trigger.WorkflowRun;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the model into the neutral tree, in GitHub's conventional key order (workflow: name,
 * run-name, on, permissions, concurrency, env, defaults, jobs; job: name, needs, if, runs-on, ...).
 * This is the only place that knows the YAML spellings ({@code runs-on}, {@code timeout-minutes}).
 */
final class WorkflowTree {
  /** Values GitHub coerces to the same string whether written plain or quoted. */
  private static final Pattern COERCIBLE = Pattern.compile("true|false|-?(0|[1-9][0-9]{0,17})");

  private WorkflowTree() {}

  /** The workflow as a document with the given header comment lines. */
  static Node.Document document(Workflow w, List<String> header) {
    return new Node.Document(header, workflow(w));
  }

  static MapNode workflow(Workflow w) {
    MapNode.Builder b = MapNode.builder();
    b.text("name", w.name());
    if (w.runName() != null) b.text("run-name", w.runName().render());
    MapNode.Builder on = MapNode.builder();
    for (Trigger t : w.triggers()) on.put(t.event(), t.accept(TRIGGER));
    b.put("on", on.build());
    b.put("permissions", permissions(w.permissions()));
    b.put("concurrency", concurrency(w.concurrency()));
    b.put("env", env(w.env()));
    b.put("defaults", defaults(w.defaults()));
    MapNode.Builder jobs = MapNode.builder();
    for (Job j : w.jobs()) jobs.put(j.id(), j.accept(JOB));
    b.put("jobs", jobs.build());
    return b.build();
  }

  // ---- triggers

  /** The node under {@code on.<event>}, by kind of trigger. */
  static final TriggerVisitor<Node> TRIGGER =
      new TriggerVisitor<>() {
        @Override
        public Node visitPush(Push p) {
          return orEmpty(filters(MapNode.builder(), p.filters()));
        }

        @Override
        public Node visitPullRequest(PullRequest p) {
          return orEmpty(filters(types(MapNode.builder(), p.types()), p.filters()));
        }

        @Override
        public Node visitPullRequestTarget(PullRequestTarget p) {
          return orEmpty(filters(types(MapNode.builder(), p.types()), p.filters()));
        }

        @Override
        public Node visitSchedule(Schedule s) {
          return new SeqNode(
              s.crons().stream()
                  .<Node>map(c -> MapNode.builder().text("cron", c).build())
                  .toList());
        }

        @Override
        public Node visitWorkflowDispatch(WorkflowDispatch d) {
          MapNode.Builder b = MapNode.builder();
          if (!d.inputs().isEmpty()) b.put("inputs", inputs(d.inputs()));
          return orEmpty(b);
        }

        @Override
        public Node visitWorkflowCall(WorkflowCall c) {
          MapNode.Builder b = MapNode.builder();
          if (!c.inputs().isEmpty()) b.put("inputs", inputs(c.inputs()));
          b.put(
              "outputs",
              byName(
                  c.outputs(),
                  WorkflowCall.Output::name,
                  o ->
                      MapNode.builder()
                          .text("description", o.description())
                          .text("value", o.value().render())));
          b.put(
              "secrets",
              byName(
                  c.secrets(),
                  WorkflowCall.Secret::name,
                  s ->
                      MapNode.builder()
                          .text("description", s.description())
                          .bool("required", s.required())));
          return orEmpty(b);
        }

        @Override
        public Node visitWorkflowRun(WorkflowRun r) {
          MapNode.Builder b = MapNode.builder();
          b.put("workflows", texts(r.workflows()));
          if (!r.types().isEmpty()) b.put("types", texts(r.types()));
          if (!r.branches().isEmpty()) b.put("branches", texts(r.branches()));
          return b.build();
        }

        @Override
        public Node visitRelease(Release r) {
          MapNode.Builder b = MapNode.builder();
          if (!r.types().isEmpty())
            b.put("types", texts(r.types().stream().map(Release.Type::key).toList()));
          return orEmpty(b);
        }

        @Override
        public Node visitMergeGroup(MergeGroup m) {
          return MapNode.builder().put("types", texts(List.of("checks_requested"))).build();
        }

        @Override
        public Node visitRaw(RawTrigger r) {
          return r.config().isEmpty() ? Scalar.empty() : value(r.config());
        }
      };

  /** The keys every job opens with, whatever its kind: name, needs and if. */
  private static MapNode.Builder opening(Job job) {
    MapNode.Builder b = MapNode.builder();
    b.text("name", job.name() == null ? null : job.name().render());
    b.put("needs", needs(job.needs()));
    if (job.ifCondition() != null) b.text("if", job.ifCondition().text());
    return b;
  }

  /** Each element's entries under its name; null (no key) when there are no elements. */
  private static <T> MapNode byName(
      List<T> elements, Function<T, String> name, Function<T, MapNode.Builder> entries) {
    if (elements.isEmpty()) return null;
    MapNode.Builder b = MapNode.builder();
    for (T e : elements) b.put(name.apply(e), entries.apply(e).build());
    return b.build();
  }

  private static Node orEmpty(MapNode.Builder b) {
    return b.isEmpty() ? Scalar.empty() : b.build();
  }

  private static MapNode.Builder types(MapNode.Builder b, List<PullRequestType> types) {
    if (!types.isEmpty()) b.put("types", texts(types.stream().map(PullRequestType::key).toList()));
    return b;
  }

  private static MapNode.Builder filters(MapNode.Builder b, Filters f) {
    f.byKey().forEach((key, values) -> b.put(key, texts(values)));
    return b;
  }

  private static MapNode inputs(List<WorkflowInput> inputs) {
    MapNode.Builder b = MapNode.builder();
    for (WorkflowInput i : inputs) {
      MapNode.Builder in =
          MapNode.builder()
              .text("description", i.description())
              .bool("required", i.required())
              .text("type", i.type().key());
      if (i.defaultValue() != null) in.put("default", value(i.defaultValue()));
      if (!i.options().isEmpty()) in.put("options", texts(i.options()));
      b.put(i.name(), in.build());
    }
    return b.build();
  }

  // ---- jobs

  /** The node under {@code jobs.<id>}, by kind of job. */
  static final JobVisitor<MapNode> JOB =
      new JobVisitor<>() {
        @Override
        public MapNode visitRunJob(RunJob job) {
          MapNode.Builder b = opening(job);
          b.put("runs-on", runsOn(job.runsOn()));
          if (job.environment() != null) {
            b.put(
                "environment",
                job.environment().url() == null
                    ? Scalar.text(job.environment().name())
                    : MapNode.builder()
                        .text("name", job.environment().name())
                        .text("url", job.environment().url().render())
                        .build());
          }
          b.put("permissions", permissions(job.permissions()));
          b.put("concurrency", concurrency(job.concurrency()));
          b.number("timeout-minutes", job.timeoutMinutes());
          b.bool("continue-on-error", job.continueOnError());
          b.put("strategy", strategy(job.strategy()));
          b.put("outputs", env(job.outputs()));
          b.put("env", env(job.env()));
          b.put("defaults", defaults(job.defaults()));
          if (job.container() != null) b.put("container", container(job.container()));
          b.put("services", byKey(job.services(), WorkflowTree::container));
          b.put("steps", new SeqNode(job.steps().stream().<Node>map(WorkflowTree::step).toList()));
          return b.build();
        }

        @Override
        public MapNode visitCallJob(CallJob job) {
          MapNode.Builder b = opening(job);
          b.put("permissions", permissions(job.permissions()));
          b.put("concurrency", concurrency(job.concurrency()));
          b.put("strategy", strategy(job.strategy()));
          b.put("uses", Scalar.commented(job.callee().uses(), job.callee().comment()));
          b.put(
              "with",
              byKey(job.with(), v -> v instanceof Text t ? Scalar.text(t.render()) : value(v)));
          if (job.secretsInheritReason() != null) {
            b.text("secrets", "inherit");
          } else {
            b.put("secrets", byKey(job.secrets(), v -> Scalar.text(v.asText().render())));
          }
          return b.build();
        }
      };

  private static Node needs(List<String> needs) {
    if (needs.isEmpty()) return null;
    return needs.size() == 1 ? Scalar.text(needs.get(0)) : texts(needs);
  }

  private static Node runsOn(RunsOn r) {
    if (r.group() == null) {
      return r.labels().size() == 1
          ? Scalar.text(r.labels().get(0).render())
          : new SeqNode(r.labels().stream().<Node>map(t -> Scalar.text(t.render())).toList());
    }
    MapNode.Builder b = MapNode.builder().text("group", r.group());
    if (!r.labels().isEmpty())
      b.put(
          "labels",
          new SeqNode(r.labels().stream().<Node>map(t -> Scalar.text(t.render())).toList()));
    return b.build();
  }

  static MapNode permissions(Permissions p) {
    MapNode.Builder b = MapNode.builder();
    p.grants().forEach((scope, access) -> b.text(scope.key(), access.key()));
    return b.build();
  }

  private static Node concurrency(Concurrency c) {
    if (c == null) return null;
    MapNode.Builder b = MapNode.builder().text("group", c.group().render());
    Expr cancel = c.cancelInProgress();
    if (cancel instanceof Literal l && l.value() instanceof Boolean v) {
      b.bool("cancel-in-progress", v);
    } else {
      b.text("cancel-in-progress", cancel.asText().render());
    }
    return b.build();
  }

  /**
   * An env-like map: each text is a YAML scalar of the type it reads as ({@code true}, {@code 3}).
   */
  private static Node env(Map<String, Text> env) {
    return byKey(env, WorkflowTree::coercible);
  }

  /** Each entry's node under its key; null (no key) when the map is empty. */
  private static <T> MapNode byKey(Map<String, T> map, Function<T, Node> node) {
    if (map.isEmpty()) return null;
    MapNode.Builder b = MapNode.builder();
    map.forEach((k, v) -> b.put(k, node.apply(v)));
    return b.build();
  }

  private static Node defaults(Defaults d) {
    if (d == null) return null;
    return MapNode.builder()
        .put(
            "run",
            MapNode.builder()
                .text("shell", d.shell())
                .text("working-directory", d.workingDirectory())
                .build())
        .build();
  }

  private static Node strategy(Strategy s) {
    if (s == null) return null;
    MapNode.Builder matrix = MapNode.builder();
    for (MatrixAxis a : s.axes()) matrix.put(a.name(), value(a.values()));
    if (!s.include().isEmpty()) matrix.put("include", value(s.include()));
    if (!s.exclude().isEmpty()) matrix.put("exclude", value(s.exclude()));
    return MapNode.builder()
        .bool("fail-fast", s.failFast())
        .number("max-parallel", s.maxParallel())
        .put("matrix", matrix.build())
        .build();
  }

  private static MapNode container(Container c) {
    MapNode.Builder b = MapNode.builder().text("image", c.image().render());
    b.put("env", env(c.env()));
    if (!c.ports().isEmpty()) b.put("ports", texts(c.ports()));
    if (!c.volumes().isEmpty()) b.put("volumes", texts(c.volumes()));
    b.text("options", c.options());
    return b.build();
  }

  // ---- steps

  static MapNode step(Step s) {
    MapNode.Builder b = MapNode.builder();
    b.text("name", s.name());
    b.text("id", s.id());
    if (s.ifCondition() != null) b.text("if", s.ifCondition().text());
    if (s.uses() != null) {
      b.put("uses", Scalar.commented(s.uses().value(), s.uses().comment()));
    }
    b.put("with", byKey(s.with(), WorkflowTree::coercible));
    b.put("env", env(s.env()));
    b.text("shell", s.shell());
    b.text("working-directory", s.workingDirectory());
    b.bool("continue-on-error", s.continueOnError());
    b.number("timeout-minutes", s.timeoutMinutes());
    b.text("run", s.run());
    return b.build();
  }

  /**
   * Action inputs and env values are strings to GitHub; one spelled {@code true}, {@code false} or
   * as a decimal integer reads back as the same string whether quoted or not, so it is written
   * plain.
   */
  private static Scalar coercible(Text t) {
    String v = t.render();
    if (t.expressions().isEmpty() && COERCIBLE.matcher(v).matches()) {
      return v.equals("true") || v.equals("false")
          ? Scalar.bool(Boolean.parseBoolean(v))
          : new Scalar(v, Scalar.Kind.NUMBER, null);
    }
    return Scalar.text(v);
  }

  // ---- plain values

  private static SeqNode texts(List<String> values) {
    return new SeqNode(values.stream().<Node>map(Scalar::text).toList());
  }

  /** Strings, numbers, booleans, lists and maps (matrix values, raw trigger config). */
  static Node value(Object v) {
    if (v instanceof String s) return Scalar.text(s);
    if (v instanceof Number n) return Scalar.number(n);
    if (v instanceof Boolean b) return Scalar.bool(b);
    if (v instanceof Text t) return Scalar.text(t.render());
    if (v instanceof List<?> l) return new SeqNode(l.stream().map(WorkflowTree::value).toList());
    if (v instanceof Map<?, ?> m) {
      MapNode.Builder b = MapNode.builder();
      m.forEach((k, x) -> b.put((String) k, value(x)));
      return b.build();
    }
    throw new IllegalArgumentException(
        "cannot render " + v + " (" + (v == null ? "null" : v.getClass()) + ")");
  }
}
