package ai.vibevoice.cicd.dsl.step;

import ai.vibevoice.cicd.dsl.builder.EnvBuilder;
import ai.vibevoice.cicd.dsl.codegen.Buildable;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.repo.RepoPath;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One step of a job: either {@code uses:} an action or {@code run:}s a script. Expressions handed
 * to {@link Builder#run(Text)} are moved into {@code env:} and read as shell variables, so no
 * expression is ever spliced into script text. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idsteps">steps</a>.
 *
 * @param ifCondition {@code if:}, as a typed expression.
 * @param with The action's inputs; the typed bindings set them, pipelines call the typed methods.
 * @param outputs The outputs a run step writes to {@code $GITHUB_OUTPUT} (validated, not rendered).
 * @param permissionNeeds The permissions this step requires; its job is granted the union of what
 *     its steps require ({@code needs} is the word for job dependencies).
 * @param inputRoles What the action does with each input (the generated bindings declare their
 *     manifest's roles; a raw {@code uses:} declares them here so the rules still apply).
 */
@Buildable
public record Step(
    String id,
    String name,
    Expr ifCondition,
    Uses uses,
    @Buildable.Adder("with") Map<String, Text> with,
    @Buildable.Manual String run,
    String shell,
    String workingDirectory,
    @Buildable.Adder("env") Map<String, Text> env,
    Boolean continueOnError,
    Integer timeoutMinutes,
    @Buildable.AddAll List<String> outputs,
    @Buildable.Adder("requires") List<Need> permissionNeeds,
    @Buildable.NoSetter boolean pushes,
    List<RepoPath> paths,
    @Buildable.Adder("inputRole") Map<String, InputRole> inputRoles) {

  public Step {
    String label = describe(id, name);
    with = Ordered.copyOf(with, label + ": with");
    env = Ordered.copyOf(env, label + ": env");
    outputs = Ordered.copyOf(outputs, label + ": outputs");
    permissionNeeds = Ordered.copyOf(permissionNeeds, label + ": permission needs");
    paths = Ordered.copyOf(paths, label + ": repository paths");
    inputRoles = Ordered.copyOf(inputRoles, label + ": input roles");
    if ((uses == null) == (run == null)) {
      throw new IllegalArgumentException(StepProblems.usesXorRun(label));
    }
    if (run != null && !with.isEmpty()) {
      throw new IllegalArgumentException(label + ": 'with' goes with 'uses', not with 'run'");
    }
    if (uses != null && (shell != null || workingDirectory != null)) {
      throw new IllegalArgumentException(
          label + ": shell and working-directory go with 'run', not with 'uses'");
    }
    if (timeoutMinutes != null && timeoutMinutes <= 0) {
      throw new IllegalArgumentException(label + ": timeout-minutes must be positive");
    }
  }

  private static String describe(String id, String name) {
    return id != null ? "step " + id : name != null ? "step '" + name + "'" : "step";
  }

  /** How messages name this step: its id, else its name. */
  public String label() {
    return describe(id, name);
  }

  /**
   * A step that runs {@code script} (a shell script; see {@link Builder#run(Text)} for
   * expressions).
   */
  public static Builder run(String script) {
    return new Builder().run(Text.of(script));
  }

  /** A step that runs a script interpolating expressions; each becomes an env variable. */
  public static Builder run(Text script) {
    return new Builder().run(script);
  }

  /** A step that uses an action; prefer the generated typed bindings. */
  public static Builder uses(Uses uses) {
    return new Builder().uses(uses);
  }

  public Builder toBuilder() {
    Builder b = new Builder().from(this);
    b.run = run == null ? null : Text.of(run);
    return b;
  }

  /**
   * {@code steps.<id>.outputs.<name>}; the output must be declared (run steps) or in the action's
   * manifest.
   */
  public Expr output(String output) {
    requireId("output " + output);
    if (!outputs.contains(output)) {
      throw new IllegalArgumentException(StepProblems.undeclaredOutput(label(), output, outputs));
    }
    return new StepRef(id, StepRef.Property.OUTPUT, output);
  }

  /**
   * {@code steps.<id>.outcome}: success, failure, cancelled or skipped, before continue-on-error.
   */
  public Expr outcome() {
    requireId("outcome");
    return new StepRef(id, StepRef.Property.OUTCOME, null);
  }

  /** {@code steps.<id>.conclusion}: the result after continue-on-error is applied. */
  public Expr conclusion() {
    requireId("conclusion");
    return new StepRef(id, StepRef.Property.CONCLUSION, null);
  }

  private void requireId(String what) {
    if (id == null) {
      throw new IllegalStateException(label() + ": give the step an id to read its " + what);
    }
  }

  /** Builder in JavaPoet's shape: every optional field has a method, {@link #build()} checks. */
  public static final class Builder extends StepBuilderBase implements EnvBuilder<Builder> {
    private Text run;

    private Builder() {}

    public Builder run(Text script) {
      this.run = script;
      return this;
    }

    public Builder with(String input, String value) {
      return with(input, Text.of(value));
    }

    public Builder requires(Scope scope, Access access, String reason) {
      return requires(new Need(scope, access, reason));
    }

    /**
     * Declares repository paths the step reads without naming them in its own text, such as a
     * Dockerfile chosen by a matrix value; they are checked like the paths it names.
     */
    public Builder reads(RepoPath... repoPaths) {
      paths.addAll(List.of(repoPaths));
      return this;
    }

    /**
     * Removes every declared input role (for tools that rewrite a step: the generator replaces them
     * with the roles of the action's manifest).
     */
    public Builder clearInputRoles() {
      inputRoles.clear();
      return this;
    }

    /** Declares that the step pushes to the repository, so its checkout may keep credentials. */
    public Builder pushes() {
      this.pushes = true;
      return this;
    }

    @Override
    public Step build() {
      String script = null;
      Map<String, Text> allEnv = new LinkedHashMap<>(env);
      Set<RepoPath> named = new LinkedHashSet<>(paths);
      if (run != null) {
        StringBuilder sb = new StringBuilder();
        for (Object part : run.parts()) {
          if (part instanceof Expr e) {
            sb.append("${").append(hoist(e, allEnv)).append('}');
          } else {
            sb.append(part);
          }
        }
        script = sb.toString();
        named.addAll(run.paths());
      }
      with.values().forEach(t -> named.addAll(t.paths()));
      env.values().forEach(t -> named.addAll(t.paths()));
      return new Step(
          id,
          name,
          ifCondition,
          uses,
          with,
          script,
          shell,
          workingDirectory,
          allEnv,
          continueOnError,
          timeoutMinutes,
          outputs,
          permissionNeeds,
          pushes,
          List.copyOf(named),
          inputRoles);
    }

    /** Finds or adds the env variable that carries {@code e} into the script. */
    private static String hoist(Expr e, Map<String, Text> env) {
      Text value = Text.of(e);
      for (Map.Entry<String, Text> entry : env.entrySet()) {
        if (entry.getValue().equals(value)) return entry.getKey();
      }
      String base =
          e.text().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
      if (base.isEmpty()
          || Character.isDigit(base.charAt(0))
          || base.startsWith("GITHUB_")
          || base.startsWith("RUNNER_")
          || base.equals("CI")) {
        base = "EXPR_" + base;
      }
      String name = base;
      for (int i = 2; env.containsKey(name); i++) name = base + "_" + i;
      env.put(name, value);
      return name;
    }
  }
}
