package ai.vibevoice.cicd.generate;

import ai.vibevoice.cicd.dsl.action.codegen.BindingGenerator;
import ai.vibevoice.cicd.dsl.action.codegen.Bindings;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.manifest.ManifestException;
import ai.vibevoice.cicd.dsl.manifest.json.ManifestJson;
import ai.vibevoice.cicd.dsl.util.AtomicWrite;
import ai.vibevoice.cicd.dsl.validate.Problem;
import ai.vibevoice.cicd.dsl.validate.RepositoryPaths;
import ai.vibevoice.cicd.dsl.validate.ValidationException;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.pipelines.contract.PlatformContract;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The generate command: renders every workflow from the Java and writes the files whose text
 * changed, removing generated files no pipeline produces any more. With {@code --check} it writes
 * nothing and prints a unified diff of every drifted file; with {@code --adopt-pins} it first takes
 * action pins that Dependabot changed in the workflows back into the manifests.
 *
 * <p>When {@code --root} is a checkout of the platform ({@code pyproject.toml} and {@code infra/}),
 * the workflows' contract with it is checked too ({@link PlatformContract}).
 *
 * <p>{@code plan ...} (or {@code --root DIR plan ...}, as {@code scripts/generate-workflows} passes
 * it) answers what an event runs instead ({@link PlanCommand}).
 *
 * <p>Exit codes: 0 up to date or written; 1 drift found by {@code --check}; 2 bad usage, invalid
 * workflows or a broken platform contract (every problem listed); 3 internal error (an I/O failure,
 * a bug).
 */
public final class GenerateWorkflows {
  public static final int OK = 0;
  public static final int DRIFT = 1;
  public static final int INVALID = 2;
  public static final int INTERNAL = 3;

  private GenerateWorkflows() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != OK) System.exit(code);
  }

  /** Runs the command; returns its exit code instead of exiting, for tests. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    // plan, or --root DIR plan as scripts/generate-workflows passes it: the root goes to plan,
    // first, so a --root given after plan still wins.
    int plan = args.length > 2 && args[0].equals("--root") ? 2 : 0;
    if (args.length > plan && args[plan].equals("plan")) {
      List<String> planArgs = new ArrayList<>(Arrays.asList(args).subList(0, plan));
      planArgs.addAll(Arrays.asList(args).subList(plan + 1, args.length));
      return PlanCommand.run(planArgs.toArray(String[]::new), out, err);
    }
    Path root = Path.of(".");
    boolean check = false;
    boolean adoptPins = false;
    boolean refresh = false;
    String addAction = null;
    String actionVersion = null;
    String actionClass = null;
    URI actionsBase = RefreshActions.DEFAULT_BASE;
    Duration actionsTimeout = Duration.ofSeconds(20);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--root" -> {
          if (i + 1 >= args.length) return usage(err, "--root needs a directory");
          root = Path.of(args[++i]);
        }
        case "--check" -> check = true;
        case "--adopt-pins" -> adoptPins = true;
        case "--refresh-actions" -> refresh = true;
        case "--add-action" -> {
          if (i + 1 >= args.length) return usage(err, "--add-action needs owner/repo[/path]@sha");
          addAction = args[++i];
        }
        case "--action-version" -> {
          if (i + 1 >= args.length)
            return usage(err, "--action-version needs the release tag (vX.Y.Z)");
          actionVersion = args[++i];
        }
        case "--action-class" -> {
          if (i + 1 >= args.length) return usage(err, "--action-class needs a Java class name");
          actionClass = args[++i];
        }
        case "--actions-base-url" -> {
          if (i + 1 >= args.length) return usage(err, "--actions-base-url needs a URL");
          String url = args[++i];
          actionsBase = URI.create(url.endsWith("/") ? url : url + "/");
        }
        case "--actions-timeout" -> {
          if (i + 1 >= args.length || !args[i + 1].matches("[1-9][0-9]{0,3}"))
            return usage(err, "--actions-timeout needs seconds (1-9999)");
          actionsTimeout = Duration.ofSeconds(Long.parseLong(args[++i]));
        }
        case "--help", "-h" -> {
          out.println(USAGE);
          return OK;
        }
        default -> {
          return usage(err, "unknown argument '" + args[i] + "'");
        }
      }
    }
    if (!Files.isDirectory(root)) return usage(err, "--root " + root + " is not a directory");
    if (check && (adoptPins || refresh || addAction != null)) {
      return usage(
          err,
          "--check writes nothing; it excludes --adopt-pins, --refresh-actions and --add-action");
    }
    if ((addAction == null) != (actionVersion == null))
      return usage(err, "--add-action and --action-version go together");
    if (addAction == null && actionClass != null)
      return usage(err, "--action-class goes with --add-action");
    try {
      if (adoptPins) adoptPins(root, out);
      if (refresh && !refreshActions(root, actionsBase, actionsTimeout, out, err)) return INVALID;
      if (addAction != null)
        addAction(root, addAction, actionVersion, actionClass, actionsBase, actionsTimeout, out);
      Map<String, ActionManifest> manifests = Bindings.manifests(root);
      List<GeneratedFiles.Model> built = GeneratedFiles.models(manifests);
      List<Workflow> models = GeneratedFiles.workflowsOf(built);
      List<GeneratedFile> files = GeneratedFiles.forCommand(root, manifests, built);
      List<Problem> local = RepositoryPaths.localActions(models, List.of(root));
      if (!local.isEmpty()) throw new ValidationException(local);
      if (PlatformContract.isPlatformCheckout(root)) {
        List<Problem> broken = PlatformContract.check(models, List.of(root));
        if (!broken.isEmpty()) throw new ValidationException(broken);
        out.println(
            "platform contract holds for "
                + root
                + " (paths, pytest marker, Compose stacks, Helm values).");
      }
      List<Drift.Change> changes = Drift.compute(root, files, GeneratedFiles.handMaintained());
      return check
          ? report(changes, Pins.changed(Pins.scan(root), manifests), out, err)
          : write(root, changes, out, err);
    } catch (ManifestException e) {
      err.println("error: " + e.getMessage());
      err.println("nothing was written.");
      return INVALID;
    } catch (Guide.GuideException e) {
      err.println("error: " + e.getMessage());
      err.println("nothing was written.");
      return INVALID;
    } catch (ValidationException e) {
      err.println("error: " + e.getMessage());
      err.println("nothing was written.");
      return INVALID;
    } catch (IOException | RuntimeException e) {
      err.println("internal error: " + e);
      return INTERNAL;
    }
  }

  /**
   * The compiled bindings a run builds the workflows with cannot change during the run: pins and
   * input roles are read from the manifests at generate time, anything else a binding now says (a
   * permission, an output) reaches the workflows and docs in the next run.
   */
  static final String BINDINGS_CHANGED =
      "note: typed bindings changed; run the command again so the workflows and docs are built"
          + " with them (this run used the compiled ones, with the manifests' pins and input roles)";

  private static final String USAGE =
      String.join(
          "\n",
          "usage: GenerateWorkflows [--root DIR] [--check | --adopt-pins | --refresh-actions | --add-action ...]",
          "       GenerateWorkflows plan --event NAME ... (what an event runs; plan --help)",
          "  --root DIR     the repository root (default: the current directory)",
          "  --check        write nothing; print a diff of every drifted file and exit 1 if any",
          "  --adopt-pins   take action pins changed in .github/workflows (Dependabot) into the",
          "                 manifests, marked inputsVerified=false, then regenerate",
          "  --refresh-actions  download each action's action.yml at its pinned commit, update the",
          "                 manifests' inputs and outputs (types kept), mark them verified, regenerate;",
          "                 all or nothing (--actions-base-url URL, --actions-timeout SECONDS)",
          "  --add-action OWNER/REPO[/PATH]@SHA --action-version vX.Y.Z [--action-class NAME]",
          "                 write the manifest of a new action from its action.yml at that commit,",
          "                 then generate as usual (its typed binding included)",
          "exit codes: 0 ok, 1 drift (--check), 2 bad usage or invalid workflows, 3 internal error");

  private static int usage(PrintStream err, String message) {
    err.println("error: " + message);
    err.println(USAGE);
    return INVALID;
  }

  private static void adoptPins(Path root, PrintStream out) throws IOException {
    Map<String, ActionManifest> manifests = Bindings.manifests(root);
    List<Pins.Pin> changed = Pins.changed(Pins.scan(root), manifests);
    Map<String, ActionManifest> adopted = Pins.adopt(manifests, changed);
    for (Map.Entry<String, ActionManifest> e : adopted.entrySet()) {
      ActionManifest before = manifests.get(e.getKey());
      Path file = root.resolve(e.getKey());
      AtomicWrite.write(
          file,
          ManifestJson.repinnedText(
              Files.readString(file), e.getValue().version(), e.getValue().sha()));
      out.println(
          "adopted  "
              + before.name()
              + " "
              + before.version()
              + " -> "
              + e.getValue().version()
              + " in "
              + e.getKey()
              + " (inputs NOT re-verified: compare them with the new action.yml,"
              + " then set \"inputsVerified\": true)");
    }
    if (adopted.isEmpty()) out.println("no changed action pins to adopt.");
  }

  /** Writes the manifest of a new action; the generate run that follows writes its binding. */
  private static void addAction(
      Path root,
      String ref,
      String version,
      String className,
      URI base,
      Duration timeout,
      PrintStream out)
      throws IOException {
    RefreshActions.Added added;
    try {
      added = RefreshActions.add(Bindings.manifests(root), ref, version, className, base, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + ref + "'s action.yml", e);
    } catch (IOException e) {
      throw new ManifestException("--add-action " + ref + ": " + e.getMessage());
    }
    AtomicWrite.write(root.resolve(added.file()), added.text());
    long unknown =
        added.manifest().inputs().values().stream()
            .filter(i -> i.type().source().equals("unknown"))
            .count();
    out.println(
        "added    "
            + added.file()
            + ": "
            + added.manifest().inputs().size()
            + " inputs ("
            + unknown
            + " of unknown type, strings until you type them), "
            + added.manifest().outputs().size()
            + " outputs, "
            + (added.manifest().permissions().isEmpty()
                ? "no permissions declared"
                : "permissions as declared")
            + "; binding "
            + added.manifest().className());
  }

  /** Refreshes every manifest from its action.yml, or writes nothing and lists what failed. */
  private static boolean refreshActions(
      Path root, URI base, Duration timeout, PrintStream out, PrintStream err) throws IOException {
    Map<String, ActionManifest> manifests = Bindings.manifests(root);
    RefreshActions.Result result;
    try {
      result =
          RefreshActions.refresh(
              manifests,
              GeneratedFiles.workflowsOf(GeneratedFiles.models(manifests)),
              base,
              timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading action.yml files", e);
    }
    if (!result.failures().isEmpty()) {
      err.println("error: " + result.failures().size() + " manifest(s) could not be refreshed:");
      result.failures().forEach(f -> err.println("  " + f));
      err.println("nothing was written.");
      return false;
    }
    for (Map.Entry<String, String> e : result.texts().entrySet())
      AtomicWrite.write(root.resolve(e.getKey()), e.getValue());
    result.changes().forEach(c -> out.println("refresh: " + c));
    out.println(
        "refreshed "
            + result.texts().size()
            + " manifest(s) from their action.yml; "
            + (result.changes().isEmpty() ? "nothing changed." : "check the changes above."));
    return true;
  }

  private static int report(
      List<Drift.Change> changes, List<Pins.Pin> pinChanges, PrintStream out, PrintStream err) {
    if (changes.isEmpty()) {
      out.println("generated files are up to date.");
      return OK;
    }
    for (Drift.Change c : changes) {
      if (c.kind() != Drift.Change.Kind.UNKNOWN) out.print(c.diff());
    }
    err.println("drift: " + changes.size() + " file(s) differ from what the Java generates:");
    changes.forEach(c -> err.println("  " + c.summary()));
    err.println(
        "run `"
            + Header.COMMAND
            + "` and commit the result"
            + (changes.stream().anyMatch(c -> c.kind() == Drift.Change.Kind.UNKNOWN)
                ? "; list hand-written workflows in Pipelines.handMaintainedWorkflows()"
                : "")
            + ".");
    if (!pinChanges.isEmpty()) {
      err.println("action pins in the workflows differ from the manifests (a Dependabot update?):");
      pinChanges.forEach(
          p ->
              err.println("  " + p.file() + ":" + p.line() + " " + p.action() + " " + p.version()));
      err.println(
          "take them over with `./mvnw -q compile exec:java@generate-workflows -Dexec.args=\"--root . --adopt-pins\"`"
              + " (see CICD.md, 'Action upgrades').");
    }
    return DRIFT;
  }

  private static int write(Path root, List<Drift.Change> changes, PrintStream out, PrintStream err)
      throws IOException {
    int written = 0;
    for (Drift.Change c : changes) {
      Path p = root.resolve(c.path());
      switch (c.kind()) {
        case MISSING, CHANGED -> {
          AtomicWrite.write(p, c.expected());
          out.println(
              (c.kind() == Drift.Change.Kind.MISSING ? "created  " : "updated  ") + c.path());
          written++;
        }
        case STALE -> {
          Files.delete(p);
          out.println("removed  " + c.path());
          written++;
        }
        case UNKNOWN -> err.println("warning: " + c.summary() + "; left alone");
      }
    }
    if (written == 0) out.println("generated files are up to date.");
    if (changes.stream().anyMatch(c -> c.path().startsWith(BindingGenerator.SOURCE_DIR + "/"))) {
      out.println(BINDINGS_CHANGED);
    }
    return OK;
  }
}
