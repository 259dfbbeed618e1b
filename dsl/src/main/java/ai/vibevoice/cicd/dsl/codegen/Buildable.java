package ai.vibevoice.cicd.dsl.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates the base of a record's nested {@code Builder} at compile time: {@code
 * <Record>BuilderBase} in the record's package, with a field per component, a setter per
 * single-valued one, the adders asked for below, {@code from(record)} for {@code toBuilder()} and a
 * {@code build()} that calls the canonical constructor. The hand-written {@code Builder} extends it
 * and adds only its overloads, so a component added to the record needs no setter, copy or
 * constructor argument written by hand (the guide's "Adding a key to the model").
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Buildable {
  /**
   * A builder the generated base extends (a shared keys builder such as {@code JobBuilder<B>},
   * parameterized with the record's {@code Builder}); components it declares a field for get no
   * field or setter of their own, and are still copied and built.
   */
  Class<?> extending() default Object.class;

  /**
   * A list, set or map component gets an adder of this name: {@code step(Step)} adds to {@code
   * steps}, {@code env(String, Text)} puts into {@code env}.
   */
  @Retention(RetentionPolicy.SOURCE)
  @Target(ElementType.RECORD_COMPONENT)
  @interface Adder {
    String value();
  }

  /** A list component gets a varargs method of its own name that adds every value given. */
  @Retention(RetentionPolicy.SOURCE)
  @Target(ElementType.RECORD_COMPONENT)
  @interface AddAll {}

  /**
   * The component gets no public setter: the builder sets it through a method of its own (an opt-in
   * that takes a reason, two components set together). It is still copied and built.
   */
  @Retention(RetentionPolicy.SOURCE)
  @Target(ElementType.RECORD_COMPONENT)
  @interface NoSetter {}

  /**
   * The builder keeps this component in a form of its own (a step's script as {@code Text}): no
   * field, setter or copy is generated, and the hand-written builder writes {@code build()}.
   */
  @Retention(RetentionPolicy.SOURCE)
  @Target(ElementType.RECORD_COMPONENT)
  @interface Manual {}
}
