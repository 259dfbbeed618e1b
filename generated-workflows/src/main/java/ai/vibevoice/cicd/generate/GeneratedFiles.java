package ai.vibevoice.cicd.generate;

import ai.vibevoice.cicd.dsl.action.codegen.Bindings;
import ai.vibevoice.cicd.dsl.doc.WorkflowDocs;
import ai.vibevoice.cicd.dsl.file.DataFile;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.render.DataFileRenderer;
import ai.vibevoice.cicd.dsl.render.DependabotRenderer;
import ai.vibevoice.cicd.dsl.render.WorkflowRenderer;
import ai.vibevoice.cicd.dsl.validate.Problem;
import ai.vibevoice.cicd.dsl.validate.ValidationException;
import ai.vibevoice.cicd.dsl.validate.WorkflowValidator;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import ai.vibevoice.cicd.pipelines.Dependabot;
import ai.vibevoice.cicd.pipelines.Pipelines;
import ai.vibevoice.cicd.pipelines.SupportFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the generator writes, computed in memory: the workflows of {@link Pipelines},
 * validated together first. Both the generate command and the drift tests use this one list.
 */
public final class GeneratedFiles {
  private GeneratedFiles() {}

  /** Dependabot's configuration, from the repository root. */
  public static final String DEPENDABOT = ".github/dependabot.yml";

  /** The generated reference of the workflows (Markdown with Mermaid diagrams). */
  public static final String WORKFLOW_DOCS = "docs/workflows.md";

  /**
   * Where generated data files live; files there with the generated header and no source are stale.
   */
  public static final String DATA_DIR = ".github/ci";

  /** Where the data files the workflows read come from. */
  static final String SUPPORT_SOURCE = SupportFiles.class.getName();

  /** The directory of workflow files, from the repository root. */
  public static final String WORKFLOWS_DIR = ".github/workflows";

  /**
   * Validates and renders every file: the action bindings from the manifests under {@code root},
   * then the workflows. Throws {@code ValidationException} listing every workflow problem.
   */
  public static List<GeneratedFile> all(Path root) throws IOException {
    Map<String, ActionManifest> manifests = Bindings.manifests(root);
    return withGuide(root, manifests, models(manifests), null);
  }

  /**
   * Where the generate command keeps bindings it generated before (build output, never committed).
   */
  public static final String BINDING_CACHE = "generated-workflows/target/binding-cache";

  /**
   * What the generate command writes: like {@link #all(Path)}, but bindings generated before from
   * the same manifest by the same generator come from {@link #BINDING_CACHE} (see {@link
   * Bindings#sources(Map, Path)}); the drift tests always generate afresh.
   */
  public static List<GeneratedFile> forCommand(
      Path root, Map<String, ActionManifest> manifests, List<Model> models) throws IOException {
    return withGuide(root, manifests, models, root.resolve(BINDING_CACHE));
  }

  /** Every file; bindings from {@code bindingCache} where it has them (null: generated afresh). */
  private static List<GeneratedFile> withGuide(
      Path root, Map<String, ActionManifest> manifests, List<Model> models, Path bindingCache)
      throws IOException {
    List<GeneratedFile> files =
        new ArrayList<>(all(models, Bindings.sources(manifests, root, bindingCache)));
    files.addAll(Guide.renderAll(root, manifests));
    return List.copyOf(files);
  }

  private static List<GeneratedFile> all(List<Model> models, List<Bindings.Binding> bindings) {
    List<GeneratedFile> files = new ArrayList<>();
    for (Bindings.Binding b : bindings) {
      files.add(new GeneratedFile(b.path(), b.source(), b.manifestFile()));
    }
    files.addAll(workflows(models));
    for (DataFile data : Pipelines.dataFiles()) {
      files.add(
          new GeneratedFile(
              data.path(),
              DataFileRenderer.render(data, Header.lines(SUPPORT_SOURCE)),
              SUPPORT_SOURCE));
    }
    files.add(
        new GeneratedFile(
            DEPENDABOT,
            DependabotRenderer.render(
                Dependabot.config(), Header.lines(Dependabot.class.getName())),
            Dependabot.class.getName()));
    return List.copyOf(files);
  }

  /** The workflow files, each naming the class it was built from, and their reference. */
  private static List<GeneratedFile> workflows(List<Model> models) {
    List<GeneratedFile> files = new ArrayList<>();
    for (Model m : models) {
      files.add(
          new GeneratedFile(
              WORKFLOWS_DIR + "/" + m.workflow().fileName(),
              WorkflowRenderer.render(m.workflow(), Header.lines(m.source())),
              m.source()));
    }
    files.add(
        new GeneratedFile(
            WORKFLOW_DOCS,
            WorkflowDocs.render(workflowsOf(models), Header.lines(Pipelines.class.getName())),
            Pipelines.class.getName()));
    return List.copyOf(files);
  }

  /** A built workflow and the class that built it (its file's header names the class). */
  public record Model(String source, Workflow workflow) {
    public Model {
      Objects.requireNonNull(source, "model source");
      Objects.requireNonNull(workflow, () -> source + ": workflow");
    }
  }

  /** The workflows of {@code models}, in their order. */
  public static List<Workflow> workflowsOf(List<Model> models) {
    return models.stream().map(Model::workflow).toList();
  }

  /**
   * The workflow models of {@link Pipelines}, pinned from the manifests (pins and input roles, so a
   * pin adopted from Dependabot renders before the next compile) and validated together.
   */
  public static List<Model> models(Map<String, ActionManifest> manifests) {
    return models(Pipelines.all(), manifests);
  }

  /**
   * Builds every source, then validates what was built. A source whose builders refuse a value (a
   * missing required input, an undeclared output, a refused {@code uses:}) is a problem naming the
   * source and what it was building, listed with the validation problems of the others.
   */
  static List<Model> models(List<WorkflowSource> sources, Map<String, ActionManifest> manifests) {
    List<Model> models = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (WorkflowSource source : sources) {
      String name = source.getClass().getName();
      try {
        models.add(new Model(name, Pins.pinned(source.workflow(), manifests)));
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        problems.add(Problem.inSource(name, String.valueOf(e.getMessage())));
      }
    }
    problems.addAll(WorkflowValidator.validate(workflowsOf(models)));
    if (!problems.isEmpty()) throw new ValidationException(problems);
    return List.copyOf(models);
  }

  /** Workflow files under {@code .github/workflows} that people maintain by hand (see CICD.md). */
  public static List<String> handMaintained() {
    return Pipelines.handMaintainedWorkflows().stream().map(f -> WORKFLOWS_DIR + "/" + f).toList();
  }
}
