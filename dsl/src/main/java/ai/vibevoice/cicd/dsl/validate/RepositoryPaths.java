package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.repo.RepoPath;
import ai.vibevoice.cicd.dsl.step.RawUses;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks every {@link RepoPath} a step names against a checkout of the repository the workflows run
 * in: a Dockerfile, test directory or chart that is not there fails on GitHub, so it fails here
 * first.
 */
public final class RepositoryPaths {
  private RepositoryPaths() {}

  public static String pathMissing(RepoPath path) {
    return "names %s, which is not in the repository (expected %s)"
        .formatted(path.path(), path.kind().description());
  }

  public static String pathWrongKind(RepoPath path) {
    return "names %s, which is not %s in the repository"
        .formatted(path.path(), path.kind().description());
  }

  public static String localActionMissing(String uses) {
    return "uses %s, which has no action.yml or action.yaml in the repository".formatted(uses);
  }

  /**
   * One problem per path that is in none of {@code roots} or is not of the expected kind there;
   * paths in {@code generated} (files the generator writes) count as files that exist.
   */
  public static List<Problem> check(
      List<Workflow> workflows, List<Path> roots, Set<String> generated) {
    List<Problem> problems = new ArrayList<>();
    for (Workflow w : workflows) {
      for (Job job : w.jobs()) {
        if (!(job instanceof RunJob run)) continue;
        for (Step step : run.steps()) {
          for (RepoPath path : step.paths()) {
            if (path.kind() == RepoPath.Kind.FILE && generated.contains(path.path())) continue;
            boolean found = false;
            boolean exists = false;
            for (Path root : roots) {
              Path actual = root.resolve(path.path());
              exists |= Files.exists(actual);
              found |=
                  path.kind() == RepoPath.Kind.FILE
                      ? Files.isRegularFile(actual)
                      : Files.isDirectory(actual);
            }
            if (!found) {
              problems.add(
                  new Problem(
                      w.fileName(),
                      job.id(),
                      step.label(),
                      exists ? pathWrongKind(path) : pathMissing(path)));
            }
          }
        }
      }
    }
    return List.copyOf(problems);
  }

  /**
   * One problem per local action ({@code uses: ./path}) whose directory has no {@code action.yml}
   * or {@code action.yaml} in any of {@code roots}: GitHub fails the job at that step.
   */
  public static List<Problem> localActions(List<Workflow> workflows, List<Path> roots) {
    List<Problem> problems = new ArrayList<>();
    for (Workflow w : workflows) {
      for (Job job : w.jobs()) {
        if (!(job instanceof RunJob run)) continue;
        for (Step step : run.steps()) {
          if (!(step.uses() instanceof RawUses raw) || !raw.value().startsWith("./")) continue;
          String dir = raw.value().substring(2);
          boolean found =
              roots.stream()
                  .anyMatch(
                      r ->
                          Files.isRegularFile(r.resolve(dir).resolve("action.yml"))
                              || Files.isRegularFile(r.resolve(dir).resolve("action.yaml")));
          if (!found)
            problems.add(
                new Problem(w.fileName(), job.id(), step.label(), localActionMissing(raw.value())));
        }
      }
    }
    return List.copyOf(problems);
  }
}
