package ai.vibevoice.cicd.dsl.plan;

import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.util.Ordered;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One event the planner answers: its name and activity type, the ref it concerns (for pull requests
 * and the merge queue, the base branch), the changed paths (null when unknown), whether a pull
 * request comes from a fork, the actor, dispatch inputs, the cron of a scheduled run and,
 * optionally, the webhook payload. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows">events</a>.
 */
public record Event(
    String name,
    String type,
    String ref,
    List<String> changedPaths,
    boolean fork,
    String actor,
    Map<String, String> inputs,
    String cron,
    String workflow,
    Map<String, Object> payload) {

  /** What {@code github.repository} is in the plans: this repository, whatever its real name. */
  public static final String REPOSITORY = "owner/repo";

  /** The head repository of a fork pull request. */
  public static final String FORK_REPOSITORY = "contributor/repo";

  /** The default branch, which scheduled runs use. */
  public static final String DEFAULT_BRANCH = "refs/heads/main";

  public Event {
    Objects.requireNonNull(name, "event name");
    Objects.requireNonNull(ref, () -> "event " + name + ": ref");
    if (!ref.startsWith("refs/heads/") && !ref.startsWith("refs/tags/")) {
      throw new IllegalArgumentException(
          "event " + name + ": ref '" + ref + "' must start with refs/heads/ or refs/tags/");
    }
    if (ref.startsWith("refs/tags/") && !name.equals("push") && !name.equals("workflow_dispatch")) {
      throw new IllegalArgumentException(
          "event " + name + ": only push and workflow_dispatch run on a tag");
    }
    changedPaths =
        changedPaths == null ? null : Ordered.copyOf(changedPaths, "event " + name + ": paths");
    Objects.requireNonNull(actor, () -> "event " + name + ": actor");
    inputs = Ordered.copyOf(inputs, "event " + name + ": inputs");
    payload = payload == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    if (type == null) type = defaultType(name);
  }

  /**
   * The activity type GitHub assumes when a workflow lists none (the one the event carries by
   * default).
   */
  private static String defaultType(String name) {
    return switch (name) {
      case "pull_request", "pull_request_target" -> "opened";
      case "merge_group" -> "checks_requested";
      default -> null;
    };
  }

  private static Event of(String name, String ref) {
    return new Event(name, null, ref, null, false, "octocat", Map.of(), null, null, null);
  }

  /** A push to {@code ref} ({@code refs/heads/x} or {@code refs/tags/x}). */
  public static Event push(String ref) {
    return of("push", ref);
  }

  /** A pull request (opened) from a branch of this repository into {@code baseBranch}. */
  public static Event pullRequest(String baseBranch) {
    return of("pull_request", "refs/heads/" + baseBranch);
  }

  /** A pull request (opened) from a fork into {@code baseBranch}: read-only token, no secrets. */
  public static Event pullRequestFromFork(String baseBranch) {
    return pullRequest(baseBranch).withFork(true);
  }

  /** A merge queue group for {@code baseBranch} ({@code checks_requested}). */
  public static Event mergeGroup(String baseBranch) {
    return of("merge_group", "refs/heads/" + baseBranch);
  }

  /** A scheduled run of {@code cron}, which runs on the default branch. */
  public static Event schedule(String cron) {
    return new Event(
        "schedule",
        null,
        DEFAULT_BRANCH,
        null,
        false,
        "github-actions[bot]",
        Map.of(),
        cron,
        null,
        null);
  }

  /**
   * A manual run on {@code ref} of every workflow that can be dispatched (or only {@link
   * #withWorkflow}).
   */
  public static Event workflowDispatch(String ref) {
    return of("workflow_dispatch", ref);
  }

  /**
   * The standard events of a review, labelled: a pull request from a branch of this repository and
   * from a fork, the merge queue, a push to main, a push of a release tag, each schedule of {@code
   * workflows}, and a manual dispatch on main.
   */
  public static Map<String, Event> standard(List<Workflow> workflows) {
    Map<String, Event> events = new LinkedHashMap<>();
    events.put("pull request from a branch", pullRequest("main"));
    events.put("pull request from a fork", pullRequestFromFork("main"));
    events.put("merge queue", mergeGroup("main"));
    events.put("push to main", push(DEFAULT_BRANCH));
    events.put("push of tag v1.2.3", push("refs/tags/v1.2.3"));
    workflows.stream()
        .flatMap(w -> w.trigger(Schedule.class).stream())
        .flatMap(s -> s.crons().stream())
        .distinct()
        .forEach(cron -> events.put("schedule `" + cron + "`", schedule(cron)));
    events.put("manual dispatch on main", workflowDispatch(DEFAULT_BRANCH));
    return events;
  }

  public Event withType(String type) {
    return new Event(name, type, ref, changedPaths, fork, actor, inputs, cron, workflow, payload);
  }

  public Event withPaths(List<String> paths) {
    return new Event(name, type, ref, paths, fork, actor, inputs, cron, workflow, payload);
  }

  public Event withFork(boolean fork) {
    return new Event(name, type, ref, changedPaths, fork, actor, inputs, cron, workflow, payload);
  }

  public Event withActor(String actor) {
    return new Event(name, type, ref, changedPaths, fork, actor, inputs, cron, workflow, payload);
  }

  public Event withInput(String key, String value) {
    Map<String, String> all = new LinkedHashMap<>(inputs);
    all.put(key, value);
    return new Event(name, type, ref, changedPaths, fork, actor, all, cron, workflow, payload);
  }

  /** Only this workflow file (a dispatch names the workflow it starts). */
  public Event withWorkflow(String fileName) {
    return new Event(name, type, ref, changedPaths, fork, actor, inputs, cron, fileName, payload);
  }

  /**
   * This event with a webhook payload read from {@code file}: {@code
   * pull_request.head.repo.full_name} decides fork, {@code pull_request.base.ref} the base branch,
   * {@code inputs} the dispatch inputs.
   */
  @SuppressWarnings("unchecked")
  public Event withPayload(Path file) throws IOException {
    Map<String, Object> p =
        new ObjectMapper().readValue(file.toFile(), new TypeReference<Map<String, Object>>() {});
    Event e = new Event(name, type, ref, changedPaths, fork, actor, inputs, cron, workflow, p);
    if (p.get("action") instanceof String action) e = e.withType(action);
    if (p.get("ref") instanceof String r
        && (r.startsWith("refs/heads/") || r.startsWith("refs/tags/"))) {
      e =
          new Event(
              e.name, e.type, r, e.changedPaths, e.fork, e.actor, e.inputs, e.cron, e.workflow, p);
    }
    if (p.get("pull_request") instanceof Map<?, ?> pr) {
      if (pr.get("base") instanceof Map<?, ?> base && base.get("ref") instanceof String b) {
        e =
            new Event(
                e.name,
                e.type,
                "refs/heads/" + b,
                e.changedPaths,
                e.fork,
                e.actor,
                e.inputs,
                e.cron,
                e.workflow,
                p);
      }
      if (pr.get("head") instanceof Map<?, ?> head
          && head.get("repo") instanceof Map<?, ?> repo
          && p.get("repository") instanceof Map<?, ?> base
          && base.get("full_name") != null) {
        e = e.withFork(!Objects.equals(repo.get("full_name"), base.get("full_name")));
      }
    }
    if (p.get("sender") instanceof Map<?, ?> sender && sender.get("login") instanceof String login)
      e = e.withActor(login);
    if (p.get("inputs") instanceof Map<?, ?> in) {
      for (Map.Entry<?, ?> i : ((Map<Object, Object>) in).entrySet())
        e = e.withInput(String.valueOf(i.getKey()), String.valueOf(i.getValue()));
    }
    return e;
  }

  /** True for a pull request event (whose ref is the base branch). */
  public boolean isPullRequest() {
    return name.equals("pull_request") || name.equals("pull_request_target");
  }

  /** The branch or tag name without {@code refs/heads/} or {@code refs/tags/}. */
  public String refName() {
    return ref.substring(
        ref.startsWith("refs/heads/") ? "refs/heads/".length() : "refs/tags/".length());
  }

  /** True when the ref is a tag. */
  public boolean isTag() {
    return ref.startsWith("refs/tags/");
  }

  /**
   * {@code github.ref} as the run sees it: the merge ref of a pull request, the queue branch of a
   * merge group.
   */
  public String githubRef() {
    if (isPullRequest()) return "refs/pull/1/merge";
    if (name.equals("merge_group"))
      return "refs/heads/gh-readonly-queue/" + refName() + "/pr-1-0000000";
    return ref;
  }

  /**
   * A short description: {@code push refs/heads/main}, {@code pull_request (opened, fork) into
   * main}.
   */
  public String describe() {
    StringBuilder s = new StringBuilder(name);
    if (type != null || fork) {
      s.append(" (")
          .append(type == null ? "" : type)
          .append(fork ? (type == null ? "fork" : ", fork") : "")
          .append(")");
    }
    if (isPullRequest() || name.equals("merge_group")) s.append(" into ").append(refName());
    else if (cron != null) s.append(" '").append(cron).append("'");
    else s.append(" ").append(ref);
    if (workflow != null) s.append(" of ").append(workflow);
    if (changedPaths != null) s.append(", paths ").append(changedPaths);
    if (!inputs.isEmpty()) s.append(", inputs ").append(inputs);
    return s.toString();
  }
}
