package ai.vibevoice.cicd.dsl.validate;

/**
 * A {@code ${{ }}} that does not parse: its text, the position of the failure and the parser's
 * detail.
 */
public record Unparsed(String text, int position, String detail) {}
