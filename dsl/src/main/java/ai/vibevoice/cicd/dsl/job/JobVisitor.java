package ai.vibevoice.cicd.dsl.job;

/** One method per {@link Job} kind. */
public interface JobVisitor<R> {
  R visitRunJob(RunJob job);

  R visitCallJob(CallJob job);
}
