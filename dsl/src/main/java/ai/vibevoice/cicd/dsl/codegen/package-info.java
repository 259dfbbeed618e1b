/**
 * Annotations that ask dsl's compile-time processors ({@code codegen.processor}) for the model's
 * plumbing: builder bases ({@link ai.vibevoice.cicd.dsl.codegen.Buildable}) and visitor dispatch
 * ({@link ai.vibevoice.cicd.dsl.codegen.Visitable}). Source retention: nothing of them is left in
 * the classes.
 */
package ai.vibevoice.cicd.dsl.codegen;
