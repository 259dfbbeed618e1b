package ai.vibevoice.cicd.dsl.job;

/** One method per {@link Job} kind (the generated {@code JobDispatch} calls it). */
public interface JobVisitor<R> {
  R visitRunJob(RunJob job);

  R visitCallJob(CallJob job);
}
