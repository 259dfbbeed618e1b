package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.builder.EnvBuilder;
import ai.vibevoice.cicd.dsl.codegen.Buildable;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.step.ActionStep;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job that runs steps on a runner. Its {@code permissions:} are not written by hand: they are the
 * union of what its steps declare and its own {@link #grants()}.
 */
@Buildable(extending = JobBuilder.class)
public record RunJob(
    String id,
    Text name,
    List<String> needs,
    Expr ifCondition,
    RunsOn runsOn,
    Environment environment,
    List<Need> grants,
    Concurrency concurrency,
    Integer timeoutMinutes,
    Boolean continueOnError,
    Strategy strategy,
    @Buildable.Adder("output") Map<String, Text> outputs,
    @Buildable.Adder("env") Map<String, Text> env,
    Defaults defaults,
    Container container,
    @Buildable.Adder("service") Map<String, Container> services,
    @Buildable.Adder("step") List<Step> steps)
    implements Job {

  public RunJob {
    Objects.requireNonNull(id, "job id");
    String label = "job " + id;
    Objects.requireNonNull(runsOn, () -> label + ": runs-on is required");
    needs = Ordered.copyOf(needs, label + ": needs");
    grants = Ordered.copyOf(grants, label + ": grants");
    if (timeoutMinutes != null && timeoutMinutes <= 0) {
      throw new IllegalArgumentException(label + ": timeout-minutes must be positive");
    }
    outputs = Ordered.copyOf(outputs, label + ": outputs");
    env = Ordered.copyOf(env, label + ": env");
    services = Ordered.copyOf(services, label + ": services");
    steps = Ordered.copyOf(steps, label + ": steps");
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Permissions permissions() {
    return Need.union(allNeeds());
  }

  /** Every need behind {@link #permissions()}: the job's grants, then each step's needs. */
  public List<Need> allNeeds() {
    List<Need> all = new ArrayList<>(grants);
    steps.forEach(s -> all.addAll(s.permissionNeeds()));
    return all;
  }

  @Override
  public List<String> outputNames() {
    return List.copyOf(outputs.keySet());
  }

  public Builder toBuilder() {
    return new Builder(id).from(this);
  }

  public static final class Builder extends RunJobBuilderBase implements EnvBuilder<Builder> {
    private Builder(String id) {
      this.id = id;
    }

    public Builder runsOn(String label) {
      return runsOn(RunsOn.label(label));
    }

    public Builder output(String name, Expr value) {
      return output(name, Text.of(value));
    }

    public Builder step(Step.Builder step) {
      return step(step.build());
    }

    /** A typed action step; keep the {@link ActionStep} to read its outputs. */
    public Builder step(ActionStep<?> step) {
      return step(step.step());
    }

    /** Removes every step added so far (for tools that rewrite a job). */
    public Builder clearSteps() {
      steps.clear();
      return this;
    }

    public Builder steps(List<Step> steps) {
      steps.forEach(this::step);
      return this;
    }
  }
}
