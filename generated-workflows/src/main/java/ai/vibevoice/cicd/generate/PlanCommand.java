package ai.vibevoice.cicd.generate;

import ai.vibevoice.cicd.dsl.action.codegen.BindingGenerator;
import ai.vibevoice.cicd.dsl.action.codegen.Bindings;
import ai.vibevoice.cicd.dsl.manifest.ManifestException;
import ai.vibevoice.cicd.dsl.plan.Event;
import ai.vibevoice.cicd.dsl.plan.Plan;
import ai.vibevoice.cicd.dsl.plan.PlanRenderer;
import ai.vibevoice.cicd.dsl.plan.Planner;
import ai.vibevoice.cicd.dsl.validate.ValidationException;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GenerateWorkflows plan}: what an event does to the committed pipelines, as text, JSON or
 * Markdown, of the same pinned and validated models the generate command renders (without its
 * repository-path and platform-contract checks). Exit codes: 0 the plan was printed; 2 bad usage, a
 * bad manifest or invalid workflows; 3 internal error.
 */
final class PlanCommand {
  private static final Set<String> EVENTS =
      Set.of("push", "pull_request", "merge_group", "schedule", "workflow_dispatch");

  static final String USAGE =
      String.join(
          "\n",
          "usage: GenerateWorkflows plan --event NAME [--ref REF] [--type TYPE] [--paths a,b] [--fork]",
          "                              [--actor LOGIN] [--input k=v]... [--cron CRON] [--workflow FILE]",
          "                              [--payload FILE.json] [--json | --markdown] [--root DIR]",
          "  --event     push, pull_request, merge_group, schedule or workflow_dispatch",
          "  --ref       refs/heads/<branch> or refs/tags/<tag>; for pull_request and merge_group the base",
          "              branch (default refs/heads/main)",
          "  --type      the activity type (default: opened for pull_request, checks_requested for merge_group)",
          "  --paths     the changed paths, comma-separated (default: unknown, so paths filters stay open)",
          "  --fork      the pull request comes from a fork",
          "  --input     a workflow_dispatch input (repeatable)",
          "  --cron      the schedule that fired (default: any)",
          "  --workflow  the dispatched workflow file (default: every one that can be dispatched)",
          "  --payload   a webhook payload; its action, ref, base branch, head repository, sender and inputs apply",
          "  --root      the repository root, whose action manifests pin the workflows as the generate",
          "              command does (default: the current directory)",
          "exit codes: 0 ok, 2 bad usage or invalid workflows, 3 internal error");

  private PlanCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    String name = null;
    String ref = Event.DEFAULT_BRANCH;
    String type = null;
    List<String> paths = null;
    boolean fork = false;
    String actor = null;
    String cron = null;
    String workflow = null;
    Path payload = null;
    Path root = Path.of(".");
    String format = "text";
    Map<String, String> inputs = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      boolean valued =
          Set.of(
                  "--event",
                  "--ref",
                  "--type",
                  "--paths",
                  "--actor",
                  "--input",
                  "--cron",
                  "--workflow",
                  "--payload",
                  "--root")
              .contains(a);
      if (valued && i + 1 >= args.length) return usage(err, a + " needs a value");
      switch (a) {
        case "--event" -> name = args[++i];
        case "--ref" -> ref = args[++i];
        case "--type" -> type = args[++i];
        case "--paths" ->
            paths =
                Arrays.stream(args[++i].split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        case "--fork" -> fork = true;
        case "--actor" -> actor = args[++i];
        case "--cron" -> cron = args[++i];
        case "--workflow" -> workflow = args[++i];
        case "--payload" -> payload = Path.of(args[++i]);
        case "--root" -> root = Path.of(args[++i]);
        case "--input" -> {
          String kv = args[++i];
          int eq = kv.indexOf('=');
          if (eq <= 0) return usage(err, "--input takes key=value, not '" + kv + "'");
          inputs.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        case "--json", "--markdown" -> {
          if (!format.equals("text")) return usage(err, "--json and --markdown exclude each other");
          format = a.substring(2);
        }
        case "--help", "-h" -> {
          out.println(USAGE);
          return GenerateWorkflows.OK;
        }
        default -> {
          return usage(err, "unknown argument '" + a + "'");
        }
      }
    }
    if (name == null) return usage(err, "--event is required");
    if (!EVENTS.contains(name))
      return usage(
          err,
          "--event must be one of " + EVENTS.stream().sorted().toList() + ", not '" + name + "'");
    if (!ref.startsWith("refs/heads/") && !ref.startsWith("refs/tags/")) ref = "refs/heads/" + ref;
    if (!Files.isDirectory(root.resolve(BindingGenerator.MANIFEST_DIR)))
      return usage(
          err,
          "--root "
              + root
              + " has no "
              + BindingGenerator.MANIFEST_DIR
              + ": plan needs the repository root, whose action manifests pin the workflows");
    if (payload != null && !Files.isRegularFile(payload))
      return usage(err, "--payload " + payload + " is not a file");
    try {
      Event given =
          new Event(
              name,
              type,
              ref,
              paths,
              fork,
              actor == null ? "octocat" : actor,
              inputs,
              cron,
              workflow,
              null);
      Event event = payload == null ? given : given.withPayload(payload);
      if (fork && !event.isPullRequest()) return usage(err, "--fork applies to pull_request only");
      // The models the generate command renders: pinned from the manifests and validated.
      List<Workflow> workflows =
          GeneratedFiles.workflowsOf(GeneratedFiles.models(Bindings.manifests(root)));
      if (workflow != null
          && workflows.stream().noneMatch(w -> w.fileName().equals(event.workflow()))) {
        return usage(
            err,
            "--workflow "
                + workflow
                + " is not one of "
                + workflows.stream().map(Workflow::fileName).toList());
      }
      Plan plan = Planner.plan(event, workflows);
      out.print(
          switch (format) {
            case "json" -> PlanRenderer.json(plan);
            case "markdown" -> PlanRenderer.markdown(plan);
            default -> PlanRenderer.text(plan);
          });
      return GenerateWorkflows.OK;
    } catch (ManifestException | ValidationException e) {
      err.println("error: " + e.getMessage());
      return GenerateWorkflows.INVALID;
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    } catch (IOException | RuntimeException e) {
      err.println("internal error: " + e);
      return GenerateWorkflows.INTERNAL;
    }
  }

  private static int usage(PrintStream err, String message) {
    err.println("error: " + message);
    err.println(USAGE);
    return GenerateWorkflows.INVALID;
  }
}
