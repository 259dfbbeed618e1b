package ai.vibevoice.cicd.dsl.validate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a {@link Rule} rejects, in one sentence ending in a full stop: the rule's {@link
 * Rule#summary()}, shown in the guide's table of rules (Error Prone's {@code @BugPattern} summary).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Rejects {
  String value();
}
