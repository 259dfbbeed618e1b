package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.action.ActionStep;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.permission.Scope;
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
    Builder b = new Builder(id);
    b.name = name;
    b.needs.addAll(needs);
    b.ifCondition = ifCondition;
    b.runsOn = runsOn;
    b.environment = environment;
    b.grants.addAll(grants);
    b.concurrency = concurrency;
    b.timeoutMinutes = timeoutMinutes;
    b.continueOnError = continueOnError;
    b.strategy = strategy;
    b.outputs.putAll(outputs);
    b.env.putAll(env);
    b.defaults = defaults;
    b.container = container;
    b.services.putAll(services);
    b.steps.addAll(steps);
    return b;
  }

  public static final class Builder {
    private String id;
    private Text name;
    private final List<String> needs = new ArrayList<>();
    private Expr ifCondition;
    private RunsOn runsOn;
    private Environment environment;
    private final List<Need> grants = new ArrayList<>();
    private Concurrency concurrency;
    private Integer timeoutMinutes;
    private Boolean continueOnError;
    private Strategy strategy;
    private final Map<String, Text> outputs = new LinkedHashMap<>();
    private final Map<String, Text> env = new LinkedHashMap<>();
    private Defaults defaults;
    private Container container;
    private final Map<String, Container> services = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder name(String name) {
      this.name = name == null ? null : Text.of(name);
      return this;
    }

    /** A name that interpolates values, such as the matrix entry: {@code Text.of("Build (", axis.ref(), ")")}. */
    public Builder name(Text name) {
      this.name = name;
      return this;
    }

    /** Waits for {@code jobs}; referenced by object so a rename follows. */
    public Builder needs(Job... jobs) {
      for (Job j : jobs) needs.add(Objects.requireNonNull(j, "needs: job").id());
      return this;
    }

    public Builder ifCondition(Expr condition) {
      this.ifCondition = condition;
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

    /** An explicit grant, for needs no step declares (the reason lands in the generated docs). */
    public Builder grant(Scope scope, Access access, String reason) {
      grants.add(new Need(scope, access, reason));
      return this;
    }

    public Builder concurrency(Concurrency concurrency) {
      this.concurrency = concurrency;
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

    public Builder strategy(Strategy strategy) {
      this.strategy = strategy;
      return this;
    }

    public Builder output(String name, Expr value) {
      return output(name, Text.of(value));
    }

    public Builder output(String name, Text value) {
      outputs.put(name, value);
      return this;
    }

    public Builder env(String name, Text value) {
      env.put(name, value);
      return this;
    }

    public Builder env(String name, Expr value) {
      return env(name, Text.of(value));
    }

    public Builder env(String name, String value) {
      return env(name, Text.of(value));
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
          id, name, needs, ifCondition, runsOn, environment, grants, concurrency, timeoutMinutes,
          continueOnError, strategy, outputs, env, defaults, container, services, steps);
    }
  }
}
