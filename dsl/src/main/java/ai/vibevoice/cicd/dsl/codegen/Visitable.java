package ai.vibevoice.cicd.dsl.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates {@code <Family>Dispatch} for a sealed interface: {@code accept(element, visitor)} calls
 * the one method of the {@link #value() visitor} that takes the element's kind, so no kind writes
 * an {@code accept} of its own. Java 17 does not check a switch over a sealed family; this does, at
 * compile time: a kind the visitor has no method for, or a method for a type that is no kind of the
 * family, fails the build naming it. Sealed sub-interfaces ({@code Expr}'s {@code Ref}) are walked
 * through.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Visitable {
  /** The visitor interface: one type parameter (the result), one method per kind. */
  Class<?> value();
}
