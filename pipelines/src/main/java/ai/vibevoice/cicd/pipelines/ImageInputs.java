package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The contract of the workflows that work on built images: for each service its image name and the
 * digest of its manifest list. The build passes them as inputs, so nothing downstream re-resolves
 * "the newest image"; a person re-running one by hand types the same values into the dispatch form.
 */
public final class ImageInputs {
  private ImageInputs() {}

  public static WorkflowInput image(Service service) {
    return WorkflowInput.string(
            service.key + "-image",
            "Image of the "
                + service.key
                + " service without tag or digest, e.g. "
                + Platform.REGISTRY
                + "/owner/repo/"
                + service.image,
            null)
        .asRequired();
  }

  public static WorkflowInput digest(Service service) {
    return WorkflowInput.string(
            service.key + "-digest",
            "Digest (sha256:...) of the " + service.key + " manifest list",
            null)
        .asRequired();
  }

  /** {@code image@digest} of a service, from the inputs. */
  public static Text reference(Service service) {
    return Text.of(image(service).ref(), "@", digest(service).ref());
  }

  public static List<WorkflowInput> all() {
    List<WorkflowInput> inputs = new ArrayList<>();
    for (Service s : Service.values()) {
      inputs.add(image(s));
      inputs.add(digest(s));
    }
    return inputs;
  }

  /** Every digest input, for {@link Steps#checkDigests}. */
  public static Expr[] digests() {
    return Arrays.stream(Service.values()).map(s -> digest(s).ref()).toArray(Expr[]::new);
  }

  /** workflow_call with the image inputs. */
  public static WorkflowCall call() {
    WorkflowCall.Builder call = WorkflowCall.builder();
    all().forEach(call::input);
    return call.build();
  }

  /**
   * workflow_dispatch with the same inputs, so the workflow can be re-run by hand on given digests.
   */
  public static WorkflowDispatch dispatch() {
    return WorkflowDispatch.of(all().toArray(WorkflowInput[]::new));
  }
}
