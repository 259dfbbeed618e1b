package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.builder.EnvBuilder;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.step.ActionStep;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job that runs steps on a runner. Its {@code permissions:} are not written by hand: they are the
 * union of what its steps declare and its own {@link #grants()}.
 */
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
    Map<String, Text> outputs,
    Map<String, Text> env,
    Defaults defaults,
    Container container,
    Map<String, Container> services,
    List<Step> steps)
    implements Job {

  public RunJob {
    Objects.requireNonNull(id, "job id");
    String label = "job " + id;
    needs = Ordered.copyOf(needs, label + ": needs");
    grants = Ordered.copyOf(grants, label + ": grants");
    outputs = Ordered.copyOf(outputs, label + ": outputs");
    env = Ordered.copyOf(env, label + ": env");
    services = Ordered.copyOf(services, label + ": services");
    steps = Ordered.copyOf(steps, label + ": steps");
    Objects.requireNonNull(runsOn, () -> label + ": runs-on is required");
    if (timeoutMinutes != null && timeoutMinutes <= 0) {
      throw new IllegalArgumentException(label + ": timeout-minutes must be positive");
    }
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

  @Override
  public <R> R accept(JobVisitor<R> visitor) {
    return visitor.visitRunJob(this);
  }

  public Builder toBuilder() {
    Builder b = new Builder(id).from(name, needs, ifCondition, grants, concurrency, strategy);
    b.runsOn = runsOn;
    b.environment = environment;
    b.timeoutMinutes = timeoutMinutes;
    b.continueOnError = continueOnError;
    b.outputs.putAll(outputs);
    b.env.putAll(env);
    b.defaults = defaults;
    b.container = container;
    b.services.putAll(services);
    b.steps.addAll(steps);
    return b;
  }

  public static final class Builder extends JobBuilder<Builder> implements EnvBuilder<Builder> {
    private RunsOn runsOn;
    private Environment environment;
    private Integer timeoutMinutes;
    private Boolean continueOnError;
    private final Map<String, Text> outputs = new LinkedHashMap<>();
    private final Map<String, Text> env = new LinkedHashMap<>();
    private Defaults defaults;
    private Container container;
    private final Map<String, Container> services = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();

    private Builder(String id) {
      super(id);
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder runsOn(RunsOn runsOn) {
      this.runsOn = runsOn;
      return this;
    }

    public Builder runsOn(String label) {
      return runsOn(RunsOn.label(label));
    }

    public Builder environment(Environment environment) {
      this.environment = environment;
      return this;
    }

    public Builder timeoutMinutes(int minutes) {
      this.timeoutMinutes = minutes;
      return this;
    }

    public Builder continueOnError(boolean value) {
      this.continueOnError = value;
      return this;
    }

    public Builder output(String name, Expr value) {
      return output(name, Text.of(value));
    }

    public Builder output(String name, Text value) {
      outputs.put(name, value);
      return this;
    }

    @Override
    public Builder env(String name, Text value) {
      env.put(name, value);
      return this;
    }

    public Builder defaults(Defaults defaults) {
      this.defaults = defaults;
      return this;
    }

    public Builder container(Container container) {
      this.container = container;
      return this;
    }

    public Builder service(String name, Container service) {
      services.put(name, service);
      return this;
    }

    public Builder step(Step step) {
      steps.add(Objects.requireNonNull(step, () -> "job " + id + ": step is null"));
      return this;
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

    public RunJob build() {
      return new RunJob(
          id,
          name,
          needs,
          ifCondition,
          runsOn,
          environment,
          grants,
          concurrency,
          timeoutMinutes,
          continueOnError,
          strategy,
          outputs,
          env,
          defaults,
          container,
          services,
          steps);
    }
  }
}
