package ai.vibevoice.cicd.dsl.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/**
 * Data flows one way (model, then validation, plan and docs, then tree, then YAML), checked on the
 * compiled classes so fully qualified names and same-package references count too.
 */
@AnalyzeClasses(
    packages = "ai.vibevoice.cicd.dsl",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] MODEL = {
    "..dsl.expr..", "..dsl.trigger..", "..dsl.permission..", "..dsl.job..", "..dsl.step..",
        "..dsl.workflow..",
    "..dsl.util..", "..dsl.file..", "..dsl.dependabot..", "..dsl.builder..", "..dsl.repo..",
        "..dsl.action..",
    "..dsl.actions..", "..dsl.manifest"
  };

  @ArchTest
  static final ArchRule the_dsl_packages_have_no_cycles =
      slices().matching("ai.vibevoice.cicd.dsl.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule the_model_depends_on_no_renderer_validator_planner_docs_or_yaml_library =
      noDependency(
          MODEL,
          "..dsl.render..",
          "..dsl.validate..",
          "..dsl.plan..",
          "..dsl.doc..",
          "org.snakeyaml..");

  /** The model's processor runs inside javac while the model compiles; nothing calls it later. */
  @ArchTest
  static final ArchRule nothing_depends_on_the_model_processor =
      noClasses()
          .that()
          .resideOutsideOfPackage("..dsl.codegen.processor..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..dsl.codegen.processor..");

  @ArchTest
  static final ArchRule the_dsl_depends_on_no_pipeline_or_generator =
      noDependency(
          new String[] {"ai.vibevoice.cicd.dsl.."},
          "ai.vibevoice.cicd.pipelines..",
          "ai.vibevoice.cicd.generate..");

  @ArchTest
  static final ArchRule the_manifest_model_action_and_step_packages_leave_json_to_manifest_json =
      noDependency(
          new String[] {"..dsl.manifest", "..dsl.action", "..dsl.actions..", "..dsl.step.."},
          "com.fasterxml..",
          "..dsl.manifest.json..");

  /**
   * A model record users build (one with a nested {@code Builder}) is made by its builder: Java
   * makes a record's canonical constructor as public as the record, so this rule keeps the 17
   * positional arguments of {@code RunJob}'s out of the rest of the DSL (pipelines call builders
   * only; a grep finds no constructor call there).
   */
  @ArchTest
  static final ArchRule model_records_are_made_by_their_builders =
      noClasses()
          .should()
          .callConstructorWhere(
              new DescribedPredicate<JavaConstructorCall>(
                  "the canonical constructor of a model record with a builder, outside the record"
                      + " and its generated builder base") {
                @Override
                public boolean test(JavaConstructorCall call) {
                  Class<?> record = call.getTargetOwner().reflect();
                  return resideInAnyPackage(MODEL).test(call.getTargetOwner())
                      && record.isRecord()
                      && Arrays.stream(record.getDeclaredClasses())
                          .anyMatch(n -> n.getSimpleName().equals("Builder"))
                      && !call.getOriginOwner().getName().equals(record.getName())
                      && !call.getOriginOwner().getName().startsWith(record.getName() + "$")
                      && !call.getOriginOwner().getName().equals(record.getName() + "BuilderBase");
                }
              });

  @ArchTest
  static final ArchRule only_the_renderers_are_used_outside_render =
      noClasses()
          .that()
          .resideOutsideOfPackage("..dsl.render..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("..dsl.render..").and(not(simpleNameEndingWith("Renderer"))));

  @ArchTest
  static final ArchRule only_the_renderers_are_public_in_render =
      classes()
          .that()
          .resideInAPackage("..dsl.render..")
          .and()
          .areTopLevelClasses()
          .and()
          .arePublic()
          .should()
          .haveSimpleNameEndingWith("Renderer");

  /** No class in {@code packages} depends on a class in {@code forbidden}. */
  private static ArchRule noDependency(String[] packages, String... forbidden) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden);
  }
}
