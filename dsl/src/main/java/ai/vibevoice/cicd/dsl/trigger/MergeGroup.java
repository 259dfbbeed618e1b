package ai.vibevoice.cicd.dsl.trigger;

/**
 * {@code on.merge_group} (type {@code checks_requested}): required checks must run for the merge
 * queue too, or it waits forever.
 */
public record MergeGroup() implements Trigger {}
