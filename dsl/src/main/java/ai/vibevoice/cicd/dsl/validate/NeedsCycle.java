package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.job.Job;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Rejects("The jobs' needs form a cycle.")
public final class NeedsCycle implements Rule {
  @Override
  public void checkWorkflow(Sight at, Reporter r) {
    Map<String, Integer> state = new HashMap<>();
    Set<String> reported = new HashSet<>();
    for (String id : at.jobs().keySet()) dfs(at, r, id, state, new ArrayList<>(), reported);
  }

  private static void dfs(
      Sight at,
      Reporter r,
      String id,
      Map<String, Integer> state,
      List<String> path,
      Set<String> reported) {
    Integer s = state.get(id);
    if (s != null && s == 2) return;
    if (s != null && s == 1) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
      cycle.add(id);
      String key = cycle.stream().sorted().distinct().collect(Collectors.joining(","));
      if (reported.add(key)) r.report(at.ofJob(at.jobs().get(id)), message(cycle));
      return;
    }
    Job j = at.jobs().get(id);
    if (j == null) return;
    state.put(id, 1);
    path.add(id);
    for (String n : j.needs()) dfs(at, r, n, state, path, reported);
    path.remove(path.size() - 1);
    state.put(id, 2);
  }

  public static String message(List<String> cycle) {
    return "needs form a cycle: %s".formatted(String.join(" -> ", cycle));
  }
}
