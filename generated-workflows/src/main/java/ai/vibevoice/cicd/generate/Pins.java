package ai.vibevoice.cicd.generate;

import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.manifest.ManifestException;
import ai.vibevoice.cicd.dsl.step.ActionRef;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Action pins: the ones the committed workflows carry (which Dependabot edits) and the ones the
 * manifests declare (the source of truth the generator renders from, with the input roles).
 */
public final class Pins {
  private Pins() {}

  private static final Pattern USES =
      Pattern.compile(
          "^\\s*(?:-\\s+)?uses:\\s*([A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+)@([0-9a-f]{40})\\s*#\\s*(v[0-9][^\\s]*)\\s*$");

  /** A {@code uses: name@sha # version} line of a committed workflow. */
  public record Pin(String action, String sha, String version, String file, int line) {}

  /** Every pinned {@code uses:} line under {@code .github/workflows}, in file and line order. */
  public static List<Pin> scan(Path root) throws IOException {
    Path dir = root.resolve(GeneratedFiles.WORKFLOWS_DIR);
    List<Pin> pins = new ArrayList<>();
    if (!Files.isDirectory(dir)) return pins;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p :
          s.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
              .sorted()
              .toList()) {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = USES.matcher(lines.get(i));
          if (m.matches()) {
            pins.add(
                new Pin(
                    m.group(1),
                    m.group(2),
                    m.group(3),
                    GeneratedFiles.WORKFLOWS_DIR + "/" + p.getFileName(),
                    i + 1));
          }
        }
      }
    }
    return pins;
  }

  /**
   * Pins of the workflows that differ from their manifest: what Dependabot (or a person) changed.
   */
  public static List<Pin> changed(List<Pin> pins, Map<String, ActionManifest> manifests) {
    List<Pin> out = new ArrayList<>();
    for (Pin p : pins) {
      manifests.values().stream()
          .filter(m -> m.sha() != null && m.name().equals(p.action()) && !m.sha().equals(p.sha()))
          .findFirst()
          .ifPresent(m -> out.add(p));
    }
    return out;
  }

  /**
   * The manifests with the changed pins taken over (inputs marked unverified). Two different pins
   * of one action is an error naming both places: the drift cannot be resolved automatically.
   */
  public static Map<String, ActionManifest> adopt(
      Map<String, ActionManifest> manifests, List<Pin> changed) {
    Map<String, ActionManifest> out = new LinkedHashMap<>();
    Map<String, Pin> chosen = new LinkedHashMap<>();
    for (Pin p : changed) {
      Pin other = chosen.putIfAbsent(p.action(), p);
      if (other != null && !other.sha().equals(p.sha())) {
        throw new ManifestException(
            p.action()
                + " is pinned to "
                + other.version()
                + " at "
                + other.file()
                + ":"
                + other.line()
                + " but to "
                + p.version()
                + " at "
                + p.file()
                + ":"
                + p.line()
                + "; make the workflows agree first");
      }
    }
    manifests.forEach(
        (file, m) -> {
          Pin p = chosen.get(m.name());
          if (p != null && m.sha() != null) out.put(file, m.repinned(p.version(), p.sha()));
        });
    return out;
  }

  /**
   * The workflow with every action reference pinned as its manifest says, and each such step given
   * exactly its manifest's input roles: a step made with {@code Step.uses(ref)} instead of the
   * binding is checked like one made by the binding, and a pin or role changed in a manifest takes
   * effect in the run that reads it (the compiled bindings are one run older).
   */
  public static Workflow pinned(Workflow w, Map<String, ActionManifest> manifests) {
    Map<String, ActionManifest> actions = new LinkedHashMap<>();
    for (ActionManifest m : manifests.values()) {
      if (m.kind() == ActionManifest.Kind.ACTION) actions.put(m.name(), m);
    }
    List<Job> jobs = new ArrayList<>();
    for (Job j : w.jobs()) {
      if (j instanceof RunJob r) {
        List<Step> steps = r.steps().stream().map(s -> fromManifest(s, actions)).toList();
        jobs.add(steps.equals(r.steps()) ? r : r.toBuilder().clearSteps().steps(steps).build());
      } else {
        jobs.add(j);
      }
    }
    return w.toBuilder().clearJobs().jobs(jobs.toArray(Job[]::new)).build();
  }

  private static Step fromManifest(Step s, Map<String, ActionManifest> actions) {
    if (!(s.uses() instanceof ActionRef a) || !actions.containsKey(a.name())) return s;
    ActionManifest m = actions.get(a.name());
    Step.Builder b =
        s.toBuilder()
            .uses(new ActionRef(m.repository(), m.path(), m.sha(), m.version()))
            .clearInputRoles();
    // The manifest's roles replace the step's (a role removed from the manifest goes too), in input
    // name order as the bindings declare them.
    new TreeMap<>(m.inputs())
        .forEach(
            (input, in) -> {
              if (in.role() != null) b.inputRole(input, in.role());
            });
    Step built = b.build();
    return built.equals(s) ? s : built;
  }
}
