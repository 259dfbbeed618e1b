package ai.vibevoice.cicd.dsl.step;

/** What a step's {@code uses:} names: a pinned action, or (escape hatch) anything else. */
public sealed interface Uses permits ActionRef, RawUses {
  /** The {@code uses:} value. */
  String value();

  /** The comment rendered after the value ({@code v7.0.1}), or null. */
  String comment();
}
