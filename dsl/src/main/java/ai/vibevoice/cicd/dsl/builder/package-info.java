/** Mixin interfaces shared by the model's builders, so each setter overload is written once. */
package ai.vibevoice.cicd.dsl.builder;
