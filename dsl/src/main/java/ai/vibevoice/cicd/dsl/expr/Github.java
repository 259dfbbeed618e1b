package ai.vibevoice.cicd.dsl.expr;

/**
 * The {@code github} context properties the pipelines use. Values an outsider can choose (branch
 * names, titles, bodies) are recognised by {@link Untrusted#isUntrusted(Expr)}.
 */
public final class Github {
  private Github() {}

  public static final Expr SHA = Contexts.github("sha");
  public static final Expr REF = Contexts.github("ref");
  public static final Expr REF_NAME = Contexts.github("ref_name");
  public static final Expr REF_TYPE = Contexts.github("ref_type");
  public static final Expr HEAD_REF = Contexts.github("head_ref");
  public static final Expr BASE_REF = Contexts.github("base_ref");
  public static final Expr EVENT_NAME = Contexts.github("event_name");
  public static final Expr REPOSITORY = Contexts.github("repository");
  public static final Expr REPOSITORY_OWNER = Contexts.github("repository_owner");
  public static final Expr ACTOR = Contexts.github("actor");
  public static final Expr RUN_ID = Contexts.github("run_id");
  public static final Expr RUN_ATTEMPT = Contexts.github("run_attempt");
  public static final Expr RUN_NUMBER = Contexts.github("run_number");
  public static final Expr WORKFLOW = Contexts.github("workflow");
  public static final Expr WORKFLOW_REF = Contexts.github("workflow_ref");
  public static final Expr JOB = Contexts.github("job");
  public static final Expr SERVER_URL = Contexts.github("server_url");
  public static final Expr TOKEN = Contexts.github("token");

  /** {@code github.event.<path>}: the webhook payload. */
  public static Expr event(String path) {
    return Contexts.github("event." + path);
  }

  /** {@code github.event_name == '<name>'}. */
  public static Expr eventIs(String name) {
    return EVENT_NAME.eq(name);
  }

  /** {@code github.ref == 'refs/heads/<branch>'}. */
  public static Expr onBranch(String branch) {
    return REF.eq("refs/heads/" + branch);
  }
}
